import Link from 'next/link';
import type { ChairOverview } from '@/db/access/dashboard';
import type { Locale } from '@/lib/i18n/locale';
import { approvalMessages } from '@/lib/i18n/messages/approvals';
import { fill } from '@/lib/i18n/fill';
import { dashboardMessages } from '@/lib/i18n/messages/dashboard';
import { formatPeriod } from '@/lib/period-label';
import { localePath } from '@/lib/i18n/locale-path';
import { WorkspacePageHeader } from '@/components/workspace/page-header';
import { OverviewChart } from './overview-chart';

/** The chair's /dashboard: one row per organization, with links into the queue and the gaps. */
export function ChairOverviewView({ data, locale }: { data: ChairOverview; locale: Locale }) {
  const d = dashboardMessages[locale];
  const a = approvalMessages[locale];
  const periods = data.lastDue.map((p) => formatPeriod(p.code, locale)).join(', ') || '—';
  // Below 640 px each organization is a block of label–number lines instead of a table row: the
  // six columns need 512 px, and the chair reads this on a phone too. Each number carries its
  // column's label (data-label), shown only there.
  const cell =
    'flex justify-between gap-4 px-2 py-1 text-right tabular-nums before:text-left before:text-stone-700 before:content-[attr(data-label)] sm:table-cell sm:border-t sm:border-stone-200 sm:py-2 sm:before:content-none';
  const columns = [d.colAssigned, d.colWaiting, d.colReturned, d.colDrafts, fill(d.colMissing, { periods })] as const;
  return (
    <div className="space-y-4">
      <WorkspacePageHeader locale={locale} title={d.chairTitle} intro={d.chairIntro} />
      <OverviewChart data={data} locale={locale} />
      <div className="rounded border border-stone-300 bg-white sm:overflow-x-auto">
        <table className="block w-full text-sm sm:table sm:min-w-[32rem]" data-testid="chair-overview">
          <thead className="hidden bg-stone-100 text-left sm:table-header-group">
            <tr>
              <th scope="col" className="px-2 py-2">
                {d.colOrg}
              </th>
              {columns.map((label) => (
                <th key={label} scope="col" className="px-2 py-2 text-right">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="block sm:table-row-group">
            {data.organizations.map((o) => (
              <tr
                key={o.id}
                data-testid={`overview-${o.code}`}
                className="block border-t border-stone-200 py-1 first:border-t-0 sm:table-row sm:py-0"
              >
                <th
                  scope="row"
                  className="block px-2 py-1 text-left font-medium sm:table-cell sm:border-t sm:border-stone-200 sm:py-2"
                >
                  {o.name}
                </th>
                {[
                  o.assignments,
                  o.submitted > 0 ? (
                    <Link
                      href={localePath(locale, `/approvals?org=${o.id}`)}
                      prefetch={false}
                      className="text-blue-800 underline"
                    >
                      {o.submitted}
                    </Link>
                  ) : (
                    0
                  ),
                  o.returned,
                  o.drafts,
                  o.missingLastPeriod,
                ].map((value, i) => (
                  <td key={columns[i]} className={cell} data-label={columns[i]}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="flex flex-wrap gap-x-6">
        <Link
          href={localePath(locale, '/approvals')}
          prefetch={false}
          className="py-2 font-medium text-blue-800 underline"
        >
          {d.toApprovals}
        </Link>
        {data.lastDue[0] ? (
          <Link
            href={localePath(locale, `/approvals/missing?period=${data.lastDue[0].id}`)}
            prefetch={false}
            className="py-2 font-medium text-blue-800 underline"
          >
            {a.missingLink}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
