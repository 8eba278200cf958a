import Link from 'next/link';
import { fill } from '@/lib/i18n/fill';
import type { PublicText } from '@/lib/i18n/messages/public';
import { filterQuery, noFilters } from '@/lib/public/filters';
import { targetStatuses, type TargetStatus } from '@/lib/workflow/target-status';
import { StatusIcon } from './status-badge';
import { targetStatusLabel } from '@/lib/public/status-labels';

const tile: Record<TargetStatus, string> = {
  met: 'border-green-700 bg-green-50 text-green-900',
  on_track: 'border-sky-700 bg-sky-50 text-sky-900',
  at_risk: 'border-amber-700 bg-amber-50 text-amber-950',
  not_met: 'border-red-700 bg-red-50 text-red-900',
  no_data: 'border-stone-500 bg-stone-50 text-stone-800',
};

/** The five counts, each a link to the targets in that state. */
export function StatusCounts(props: { counts: Record<TargetStatus, number>; total: number; year: number; t: PublicText }) {
  const { t } = props;
  return (
    <section aria-labelledby="counts-heading" className="space-y-2">
      <h2 id="counts-heading" className="text-lg font-semibold">
        {fill(t.countsHeading, { total: props.total, year: props.year })}
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="status-counts">
        {targetStatuses.map((status) => (
          <li key={status}>
            <Link
              href={`/${filterQuery({ ...noFilters, status })}`}
              className={`flex min-h-12 items-center gap-2 rounded-lg border-2 px-3 py-2 ${tile[status]}`}
              data-testid={`count-${status}`}
              title={fill(t.countsShowOnly, { status: targetStatusLabel(status, t) })}
            >
              <StatusIcon status={status} className="h-5 w-5 shrink-0" />
              <span className="text-2xl font-bold tabular-nums" data-testid="count-value">
                {props.counts[status]}
              </span>
              <span className="text-sm leading-tight">{targetStatusLabel(status, t)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
