import Link from 'next/link';
import type { OfficerDashboard } from '@/db/access/dashboard';
import type { ApproachingDeadline } from '@/db/access/notices';
import type { GapRow } from '@/db/access/reporting-gaps';
import { formatDate, formatDateTime, formatQuantity, formatTargetBound } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { fill } from '@/lib/i18n/fill';
import { dashboardMessages } from '@/lib/i18n/messages/dashboard';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { formatPeriod } from '@/lib/period-label';
import { RoleTag, StateBadge, TargetStatusBadge } from './badges';

const card = 'rounded border border-stone-300 bg-white p-3';
const linkClass = 'inline-block py-1.5 font-medium text-blue-800 underline underline-offset-2';

function DueItem({ item, locale }: { item: GapRow; locale: Locale }) {
  const d = dashboardMessages[locale];
  const t = workflowMessages[locale];
  const href = item.openReportId
    ? `/dashboard/updates/${item.openReportId}`
    : `/dashboard/${item.kind}s/${item.subjectId}/report?period=${item.periodId}`;
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-3 border-t border-stone-200 py-1.5 first:border-t-0">
      <span className="min-w-0 flex-1">
        <span className="font-mono text-sm text-stone-700">{item.subjectCode}</span>{' '}
        <span className="line-clamp-2">{item.subjectLabel}</span> <RoleTag role={item.role} t={t} />
      </span>
      <Link href={href} className={linkClass}>
        {item.openReportId ? d.continueDraft : d.report}
      </Link>
    </li>
  );
}

type ViewProps = { data: OfficerDashboard; locale: Locale; orgName: string; approaching: ApproachingDeadline[] };

export function OfficerDashboardView({ data, locale, orgName, approaching }: ViewProps) {
  const d = dashboardMessages[locale];
  const t = workflowMessages[locale];
  const returned = data.open.filter((o) => o.state === 'returned').length;
  const due = [
    ...data.overdue.map((g) => ({ ...g, overdue: true })),
    ...data.upcoming.map((g) => ({ ...g, overdue: false })),
  ];
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{fill(d.titleOf, { org: orgName })}</h1>
        <p className="text-stone-700">{d.intro}</p>
      </header>

      {returned > 0 ? (
        <p className="rounded border border-amber-700 bg-amber-50 p-3 font-medium text-amber-950" data-testid="notice-returned">
          <span aria-hidden="true">↩ </span>
          {fill(d.noticeReturned, { n: returned })}
        </p>
      ) : null}

      {approaching.map((n) => (
        <p key={n.periodCode} className="rounded border border-sky-700 bg-sky-50 p-3 font-medium text-sky-950" data-testid="notice-approaching">
          <span aria-hidden="true">⏰ </span>
          {fill(d.noticeApproaching, { period: formatPeriod(n.periodCode, locale), n: n.missing, date: formatDate(n.dueOn, locale) })}
        </p>
      ))}

      <section aria-labelledby="due-title" className="space-y-3">
        <h2 id="due-title" className="text-xl font-semibold">{d.dueTitle}</h2>
        {due.length === 0 ? <p className="text-stone-700">{d.dueNone}</p> : null}
        {due.map((group) => (
          <div key={group.period.id} className={card} data-testid={`due-${group.period.code}`}>
            <h3 className="mb-1 font-semibold">
              <span className={`mr-2 rounded px-1.5 py-0.5 text-xs ${group.overdue ? 'bg-red-100 text-red-900' : 'bg-sky-100 text-sky-900'}`}>
                {group.overdue ? d.overdueTag : d.upcomingTag}
              </span>
              {fill(group.overdue ? d.dueOverdue : d.dueUpcoming, {
                period: formatPeriod(group.period.code, locale),
                date: formatDate(group.period.dueOn, locale),
              })}
            </h3>
            <ul>
              {group.items.map((item) => (
                <DueItem key={`${item.kind}-${item.subjectId}`} item={item} locale={locale} />
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="open-title" className="space-y-3">
        <h2 id="open-title" className="text-xl font-semibold">{d.openTitle}</h2>
        {data.open.length === 0 ? <p className="text-stone-700">{d.openNone}</p> : null}
        <ul className="space-y-2" data-testid="open-reports">
          {data.open.map((o) => (
            <li key={o.id} className={card} data-testid={`open-report-${o.id}`}>
              <div className="flex flex-wrap items-center gap-2">
                <StateBadge state={o.state} t={t} />
                <span className="text-sm text-stone-700">{formatPeriod(o.periodCode, locale)}</span>
                <span className="font-mono text-sm text-stone-700">{o.subjectCode}</span>
              </div>
              <p className="mt-1 line-clamp-2">{o.subjectLabel}</p>
              {o.state === 'returned' && o.returnReason ? (
                <p className="mt-1 rounded bg-amber-50 p-2 text-amber-950">
                  <strong>{t.returnReason}:</strong> {o.returnReason}
                </p>
              ) : null}
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-sm text-stone-600">{formatDateTime(o.updatedAt, locale)}</span>
                <Link href={`/dashboard/updates/${o.id}`} className={linkClass}>
                  {d.open}
                </Link>
              </div>
            </li>
          ))}
        </ul>
        {data.openTotal > data.open.length ? (
          <p className="text-sm text-stone-700">{fill(d.openMore, { shown: data.open.length, total: data.openTotal })}</p>
        ) : null}
      </section>

      <section aria-labelledby="targets-title" className="space-y-3">
        <h2 id="targets-title" className="text-xl font-semibold">{d.targetsTitle}</h2>
        {data.targets.length === 0 ? <p className="text-stone-700">{d.noTargets}</p> : null}
        <ul className="grid gap-2 md:grid-cols-2" data-testid="dashboard-targets">
          {data.targets.map((target) => (
            <li key={target.id} className={card} data-testid={`target-${target.code}`}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-sm text-stone-700">{target.code}</span>
                <RoleTag role={target.role} t={t} />
                <TargetStatusBadge status={target.status} t={t} />
              </div>
              <p className="mt-1 font-medium">{target.name}</p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="text-stone-700">{d.targetLabel}</dt>
                <dd>
                  {formatTargetBound(target.targetValue, target.unit, target.direction, locale)}
                  {target.extra ? ` (${target.extra})` : ''}
                </dd>
                <dt className="text-stone-700">{d.latestLabel}</dt>
                <dd data-testid="latest-value">
                  {target.latest && target.latest.value !== null
                    ? `${formatQuantity(target.latest.value, target.unit, locale)} · ${formatPeriod(target.latest.periodCode, locale)}`
                    : t.none}
                </dd>
              </dl>
              <Link href={`/dashboard/targets/${target.id}`} className={linkClass}>
                {d.historyLink}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tasks-title" className="space-y-3">
        <h2 id="tasks-title" className="text-xl font-semibold">{d.tasksTitle}</h2>
        {data.tasks.length === 0 ? <p className="text-stone-700">{d.noTasks}</p> : null}
        <ul className="grid gap-2 md:grid-cols-2" data-testid="dashboard-tasks">
          {data.tasks.map((task) => (
            <li key={task.id} className={card} data-testid={`task-${task.code}`}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-sm text-stone-700">{task.code}</span>
                <RoleTag role={task.role} t={t} />
              </div>
              <p className="mt-1 line-clamp-3">{task.text}</p>
              <p className="mt-1 text-sm">
                <span className="text-stone-700">{t.latestProgress}: </span>
                {task.latest
                  ? `${task.latest.taskStatus ? t[`task_${task.latest.taskStatus}`] : ''} · ${fill(d.progressValue, { n: task.latest.progress ?? 0 })} · ${formatPeriod(task.latest.periodCode, locale)}`
                  : t.none}
              </p>
              <Link href={`/dashboard/tasks/${task.id}`} className={linkClass}>
                {d.historyLink}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
