import Link from 'next/link';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import { filterQuery, noFilters } from '@/lib/public/filters';
import { targetStatusLabel } from '@/lib/public/status-labels';
import { targetVerdicts as targetStatuses, type TargetVerdict as TargetStatus } from '@/lib/domain';
import { localePath } from '@/lib/i18n/locale-path';

/** The five counts, each a link to the targets in that state (icon and colours: `.tile[data-status]`). */
export function StatusCounts(props: {
  counts: Record<TargetStatus, number>;
  total: number;
  year: number;
  locale: Locale;
  t: PublicText;
}) {
  const { locale, t } = props;
  return (
    <section aria-labelledby="counts-heading" className="space-y-2">
      <h2 id="counts-heading" className="text-lg font-semibold">
        {fill(t.countsHeading, { total: props.total, year: props.year })}
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="status-counts">
        {targetStatuses.map((status) => (
          <li key={status}>
            <Link
              href={localePath(locale, `/${filterQuery({ ...noFilters, status })}`)}
              className="tile"
              data-status={status}
              data-testid={`count-${status}`}
              title={fill(t.countsShowOnly, { status: targetStatusLabel(status, t) })}
            >
              <b data-testid="count-value">{props.counts[status]}</b>
              <span>{targetStatusLabel(status, t)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
