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
  const cell = 'border-t border-stone-200 px-2 py-2 text-right tabular-nums';
  return (
    <div className="space-y-4">
      <WorkspacePageHeader locale={locale} title={d.chairTitle} intro={d.chairIntro} />
      <OverviewChart data={data} locale={locale} />
      <div className="overflow-x-auto rounded border border-stone-300 bg-white">
        <table className="w-full min-w-[32rem] text-sm" data-testid="chair-overview">
          <thead className="bg-stone-100 text-left">
            <tr>
              <th scope="col" className="px-2 py-2">
                {d.colOrg}
              </th>
              {[d.colAssigned, d.colWaiting, d.colReturned, d.colDrafts, fill(d.colMissing, { periods })].map(
                (label) => (
                  <th key={label} scope="col" className="px-2 py-2 text-right">
                    {label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {data.organizations.map((o) => (
              <tr key={o.id} data-testid={`overview-${o.code}`}>
                <th scope="row" className="border-t border-stone-200 px-2 py-2 text-left font-medium">
                  {o.name}
                </th>
                <td className={cell}>{o.assignments}</td>
                <td className={cell}>
                  {o.submitted > 0 ? (
                    <Link
                      href={localePath(locale, `/approvals?org=${o.id}`)}
                      prefetch={false}
                      className="text-blue-800 underline"
                    >
                      {o.submitted}
                    </Link>
                  ) : (
                    0
                  )}
                </td>
                <td className={cell}>{o.returned}</td>
                <td className={cell}>{o.drafts}</td>
                <td className={cell}>{o.missingLastPeriod}</td>
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
