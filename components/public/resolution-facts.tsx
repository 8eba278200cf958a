import { formatDate, formatDateTime } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import type { PublicSummary } from '@/lib/public/summary-model';
import { viLang } from './vi-text';

/** The page's heading: what this is and when a figure was last approved. */
export function SummaryHeading({ summary, locale, t }: { summary: PublicSummary; locale: Locale; t: PublicText }) {
  return (
    <header className="space-y-1">
      <h1 className="text-2xl font-bold leading-tight sm:text-3xl">
        {fill(t.pageTitle, { year: summary.resolution.year })}
      </h1>
      <p {...viLang(locale)} className="text-stone-800">
        {summary.resolution.title}
      </p>
      <p className="text-sm text-stone-700">{t.pageLead}</p>
      <p className="text-sm font-medium">
        {summary.lastApprovedAt
          ? fill(t.lastApproved, { date: formatDateTime(Date.parse(summary.lastApprovedAt), locale) })
          : t.noApprovalsYet}
      </p>
    </header>
  );
}

/** The resolution's header facts: conference, date, venue, signer. */
export function ResolutionFacts({ summary, locale, t }: { summary: PublicSummary; locale: Locale; t: PublicText }) {
  const r = summary.resolution;
  const signer = [r.signedFor, r.signerTitle, r.signerName].filter(Boolean).join(' – ');
  return (
    <section aria-labelledby="facts-heading" className="box p-3">
      <h2 id="facts-heading" className="font-semibold">
        {t.factsHeading}
      </h2>
      <dl
        className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm [&_dt]:font-medium"
        data-testid="resolution-facts"
      >
        {r.conferenceNumber !== null ? (
          <>
            <dt>{t.factConference}</dt>
            <dd>{fill(t.factConferenceValue, { number: r.conferenceNumber, term: r.term ?? '' })}</dd>
          </>
        ) : null}
        {r.heldOn ? (
          <>
            <dt>{t.factHeldOn}</dt>
            <dd>{formatDate(r.heldOn, locale)}</dd>
          </>
        ) : null}
        {r.venue ? (
          <>
            <dt>{t.factVenue}</dt>
            <dd {...viLang(locale)}>{r.venue}</dd>
          </>
        ) : null}
        {signer ? (
          <>
            <dt>{t.factSigner}</dt>
            <dd {...viLang(locale)}>{signer}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
