import Link from 'next/link';
import { cookies } from 'next/headers';
import { readDecidedUpdates } from '@/db/access/decisions';
import type { CurrentUser } from '@/db/access/session';
import { clipText } from '@/lib/clip-text';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { decisionMessages } from '@/lib/i18n/messages/decisions';
import { formatPeriod } from '@/lib/period-label';
import { decisionCookie, decodeDecision } from '@/lib/workflow/decision-note';

const shown = 10;

/**
 * What the chair just approved or returned, and for whom: it stays above the queue after the
 * decided cards have left it, and through a reload, for the few minutes the note is kept.
 */
export async function DecisionBanner({ user, locale }: { user: CurrentUser; locale: Locale }) {
  const note = decodeDecision((await cookies()).get(decisionCookie)?.value);
  if (!note) return null;
  const updates = readDecidedUpdates(user, note.ids);
  if (updates.length === 0) return null;
  const d = decisionMessages[locale];
  const heading =
    note.decision === 'returned'
      ? d.returnedOne
      : updates.length === 1
        ? d.approvedOne
        : fill(d.approvedMany, { n: updates.length });
  return (
    <section
      aria-label={d.bannerLabel}
      role="status"
      data-testid="decision-banner"
      data-decision={note.decision}
      className={`mt-3 rounded border px-3 py-2 ${note.decision === 'returned' ? 'border-amber-700 bg-amber-50' : 'border-green-800 bg-green-50'}`}
    >
      <p className="font-semibold">{heading}</p>
      <ul className="mt-1 space-y-1 text-sm">
        {updates.slice(0, shown).map((r) => (
          <li key={r.id}>
            {fill(d.item, {
              code: r.code,
              name: clipText(r.name, 80),
              org: r.organization,
              period: formatPeriod(r.periodCode, locale),
            })}{' '}
            <Link
              href={localePath(locale, `/dashboard/updates/${r.id}`)}
              prefetch={false}
              className="text-blue-800 underline"
            >
              {d.open}
            </Link>
          </li>
        ))}
        {updates.length > shown ? <li>…</li> : null}
      </ul>
    </section>
  );
}
