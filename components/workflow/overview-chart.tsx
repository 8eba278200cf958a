import type { ChairOverview } from '@/db/access/dashboard';
import type { Locale } from '@/lib/i18n/locale';
import { fill } from '@/lib/i18n/fill';
import { dashboardMessages } from '@/lib/i18n/messages/dashboard';

const states = ['approved', 'submitted', 'returned', 'drafts'] as const;

/**
 * The chair's overview at a glance: one bar per organization, its updates of the year split by
 * state, bars on one scale (the busiest organization's total). HTML and CSS, not an image: the
 * names wrap on a phone, and each row says its figures in words to a screen reader.
 */
export function OverviewChart({ data, locale }: { data: ChairOverview; locale: Locale }) {
  const d = dashboardMessages[locale];
  const label = {
    approved: d.chartApproved,
    submitted: d.chartWaiting,
    returned: d.chartReturned,
    drafts: d.chartDrafts,
  };
  const total = (o: ChairOverview['organizations'][number]) => states.reduce((n, s) => n + o[s], 0);
  const scale = Math.max(1, ...data.organizations.map(total));
  return (
    <figure className="ws-chart" data-testid="overview-chart">
      <figcaption>{fill(d.chartTitle, { year: data.year })}</figcaption>
      <ul className="legend" aria-hidden="true">
        {states.map((s) => (
          <li key={s} data-part={s}>
            {label[s]}
          </li>
        ))}
      </ul>
      <ul>
        {data.organizations.map((o) => (
          <li key={o.id} data-testid={`chart-${o.code}`}>
            <span className="sr-only">
              {fill(d.chartRow, {
                org: o.name,
                approved: o.approved,
                waiting: o.submitted,
                returned: o.returned,
                drafts: o.drafts,
              })}
            </span>
            <span aria-hidden="true">{o.name}</span>
            <span className="stack" aria-hidden="true">
              {total(o) === 0 ? (
                <em>{d.chartNone}</em>
              ) : (
                states
                  .filter((s) => o[s] > 0)
                  .map((s) => (
                    <span key={s} data-part={s} style={{ width: `${(o[s] / scale) * 100}%` }} title={label[s]}>
                      {o[s]}
                    </span>
                  ))
              )}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
