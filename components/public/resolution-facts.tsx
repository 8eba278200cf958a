import { formatDate, formatDateTime } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import type { PublicSummary } from '@/lib/public/summary-model';

/** The page's heading: what this is and when a figure was last approved. */
export function SummaryHeading({ summary, locale, t }: { summary: PublicSummary; locale: Locale; t: PublicText }) {
  return (
    <header className="space-y-1">
      <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{fill(t.pageTitle, { year: summary.resolution.year })}</h1>
      <p lang="vi" className="text-stone-800">{summary.resolution.title}</p>
      <p className="text-sm text-stone-700">{t.pageLead}</p>
      <p className="text-sm font-medium" data-testid="last-approved">
        {summary.lastApprovedAt ? fill(t.lastApproved, { date: formatDateTime(Date.parse(summary.lastApprovedAt), locale) }) : t.noApprovalsYet}
      </p>
    </header>
  );
}

/** The resolution's header facts: conference, date, venue, signer. */
export function ResolutionFacts({ summary, locale, t }: { summary: PublicSummary; locale: Locale; t: PublicText }) {
  const r = summary.resolution;
  const signer = [r.signedFor, r.signerTitle, r.signerName].filter(Boolean).join(' – ');
  return (
    <section aria-labelledby="facts-heading" className="rounded-lg border border-stone-300 bg-white p-3">
      <h2 id="facts-heading" className="font-semibold">{t.factsHeading}</h2>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="resolution-facts">
        {r.conferenceNumber !== null ? (
          <>
            <dt className="font-medium">{t.factConference}</dt>
            <dd>{fill(t.factConferenceValue, { number: r.conferenceNumber, term: r.term ?? '' })}</dd>
          </>
        ) : null}
        {r.heldOn ? (
          <>
            <dt className="font-medium">{t.factHeldOn}</dt>
            <dd data-testid="held-on">{formatDate(r.heldOn, locale)}</dd>
          </>
        ) : null}
        {r.venue ? (
          <>
            <dt className="font-medium">{t.factVenue}</dt>
            <dd lang="vi">{r.venue}</dd>
          </>
        ) : null}
        {signer ? (
          <>
            <dt className="font-medium">{t.factSigner}</dt>
            <dd lang="vi">{signer}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
