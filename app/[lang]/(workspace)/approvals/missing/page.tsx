import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WorkspacePageHeader } from '@/components/workspace/page-header';
import { RoleTag } from '@/components/workflow/badges';
import { listGapsForPeriod } from '@/db/access/approvals';
import { currentResolution, listPeriods } from '@/db/access/periods';
import type { GapRow } from '@/db/access/reporting-gaps';
import { requirePageUser } from '@/db/access/session';
import { formatDate } from '@/lib/format';
import { isLocale } from '@/lib/i18n/locale';
import { approvalMessages } from '@/lib/i18n/messages/approvals';
import { fill } from '@/lib/i18n/fill';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { formatPeriod } from '@/lib/period-label';
import { focusPeriods, wardToday } from '@/lib/workflow/calendar';
import { localePath } from '@/lib/i18n/locale-path';
import { backToQueue } from '../back-to-queue';

export const metadata: Metadata = { title: 'Đơn vị chưa báo cáo' };

/** Who has not reported for a period, organization by organization (one query). */
export default async function MissingUpdatesPage({ params, searchParams }: PageProps<'/[lang]/approvals/missing'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/approvals/missing');
  // Only the periods are needed here, not the queue's whole filter lists; the gaps query checks the role again.
  const resolution = currentResolution();
  const periods = resolution ? listPeriods(resolution.id) : [];
  const query = await searchParams;
  const wanted = Number(typeof query.period === 'string' ? query.period : NaN);
  const focus = focusPeriods(periods, wardToday());
  const period = periods.find((p) => p.id === wanted) ?? focus.overdue[0] ?? focus.upcoming[0] ?? periods[0];
  const a = approvalMessages[lang];
  const t = workflowMessages[lang];
  const gaps = period ? listGapsForPeriod(user, period.id) : [];
  const byOrg = new Map<string, GapRow[]>();
  for (const g of gaps) byOrg.set(g.organizationName, [...(byOrg.get(g.organizationName) ?? []), g]);
  return (
    <div className="space-y-4">
      <WorkspacePageHeader locale={lang} back={backToQueue(lang)} title={a.missingTitle} intro={a.missingIntro} />
      <form method="get" action={localePath(lang, '/approvals/missing')} className="flex flex-wrap items-end gap-2">
        <label className="text-sm font-medium">
          {a.filterPeriod}
          <select
            name="period"
            defaultValue={period?.id ?? ''}
            className="block rounded border border-stone-400 bg-white px-2 py-2 text-base"
          >
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {formatPeriod(p.code, lang)} ({fill(t.periodDue, { date: formatDate(p.dueOn, lang) })})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {a.choose}
        </button>
      </form>
      {gaps.length === 0 ? <p data-testid="missing-none">{a.missingNone}</p> : null}
      <div className="space-y-3" data-testid="missing">
        {[...byOrg.entries()].map(([org, rows]) => (
          <section key={org} className="rounded border border-stone-300 bg-white p-3" aria-label={org}>
            <h2 className="font-semibold">
              {org} <span className="font-normal text-stone-700">— {fill(a.missingCount, { n: rows.length })}</span>
            </h2>
            <ul className="mt-1 space-y-1">
              {rows.map((g) => (
                <li key={`${g.kind}-${g.subjectId}`} className="text-sm">
                  <span className="font-mono">{g.subjectCode}</span>{' '}
                  <span className="line-clamp-1 inline">{g.subjectLabel}</span> <RoleTag role={g.role} t={t} />
                  {g.openUpdateId ? <span className="ml-1 text-stone-700">({a.hasDraft})</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
