import type { Reopening } from '@/db/access/period-closing';
import { formatDate, formatDateTime } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { closingMessages } from '@/lib/i18n/messages/closing';
import { formatPeriod } from '@/lib/period-label';

/** An organization's record of closed periods reopened for it: reason, time limit, running or over. */
export function ReopeningsList({ rows, locale }: { rows: Reopening[]; locale: Locale }) {
  if (rows.length === 0) return null;
  const t = closingMessages[locale];
  return (
    <section aria-labelledby="reopenings-title" className="space-y-2" data-testid="org-reopenings">
      <h2 id="reopenings-title" className="text-xl font-semibold">
        {t.historyTitle}
      </h2>
      <p className="text-sm text-stone-700">{t.historyIntro}</p>
      <ul className="list-disc space-y-1 pl-5">
        {rows.map((r) => (
          <li key={r.id}>
            {fill(t.historyLine, {
              period: formatPeriod(r.periodCode, locale),
              reason: r.reason,
              state: fill(r.running ? t.runningUntil : t.expiredAt, {
                until: formatDateTime(r.until, locale),
              }),
              created: formatDate(r.createdAt, locale),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
