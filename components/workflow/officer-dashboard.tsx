import Link from 'next/link';
import {
  openPageSize,
  type DashboardTarget,
  type DashboardTask,
  type OfficerDashboard,
  type OpenItem,
} from '@/db/access/dashboard';
import type { ApproachingDeadline } from '@/db/access/notices';
import type { GapRow } from '@/db/access/reporting-gaps';
import { clipText } from '@/lib/clip-text';
import { formatDate, formatDateTime, formatQuantity, formatTargetBound } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { fill } from '@/lib/i18n/fill';
import { dashboardMessages, type DashboardMessages } from '@/lib/i18n/messages/dashboard';
import { workflowMessages, type WorkflowMessages } from '@/lib/i18n/messages/workflow';
import { formatPeriod } from '@/lib/period-label';
import { RoleTag, StateBadge, TargetStatusBadge } from './badges';
import { localePath } from '@/lib/i18n/locale-path';

// The rows of this page repeat by the dozen: their markup stays small (one class per piece from
// app/workspace-lists.css, no wrapper that carries nothing), long task paragraphs are clipped to
// what the clamped lines show anyway, the open reports come a page at a time, and row links do
// not prefetch (each prefetch of these per-user pages is a server render: a page view used to
// start one or two per visible row).

type Texts = { d: DashboardMessages; t: WorkflowMessages; locale: Locale };

/** Clipped lengths: about what two or three clamped lines show on a phone and on a desktop. */
const rowLabelMax = 160;
const taskTextMax = 240;

function DueItem({ item, x }: { item: GapRow; x: Texts }) {
  const href = localePath(
    x.locale,
    item.openReportId
      ? `/dashboard/updates/${item.openReportId}`
      : `/dashboard/${item.kind}s/${item.subjectId}/report?period=${item.periodId}`,
  );
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-3 border-t border-stone-200 py-1.5 first:border-t-0">
      <span className="min-w-0 flex-1">
        <span className="ws-code">{item.subjectCode}</span>{' '}
        <span className="line-clamp-2">{clipText(item.subjectLabel, rowLabelMax)}</span>{' '}
        <RoleTag role={item.role} t={x.t} />
      </span>
      <Link href={href} prefetch={false} className="ws-link">
        {item.openReportId ? x.d.continueDraft : x.d.report}
      </Link>
    </li>
  );
}

function OpenRow({ o, x }: { o: OpenItem; x: Texts }) {
  return (
    <li className="ws-card" data-testid={`open-report-${o.id}`}>
      <p className="ws-row">
        <StateBadge state={o.state} t={x.t} />
        <span className="ws-muted">{formatPeriod(o.periodCode, x.locale)}</span>
        <span className="ws-code">{o.subjectCode}</span>
      </p>
      <p className="mt-1 line-clamp-2">{clipText(o.subjectLabel, rowLabelMax)}</p>
      {o.state === 'returned' && o.returnReason ? (
        <p className="mt-1 rounded bg-amber-50 p-2 text-amber-950">
          <strong>{x.t.returnReason}:</strong> {o.returnReason}
        </p>
      ) : null}
      <p className="ws-row justify-between">
        <span className="ws-muted">{formatDateTime(o.updatedAt, x.locale)}</span>
        <Link href={localePath(x.locale, `/dashboard/updates/${o.id}`)} prefetch={false} className="ws-link">
          {x.d.open}
        </Link>
      </p>
    </li>
  );
}

function TargetCard({ target, x }: { target: DashboardTarget; x: Texts }) {
  const latest =
    target.latest && target.latest.value !== null
      ? `${formatQuantity(target.latest.value, target.unit, x.locale)} · ${formatPeriod(target.latest.periodCode, x.locale)}`
      : x.t.none;
  const bound = formatTargetBound(target.targetValue, target.unit, target.direction, x.locale);
  return (
    <li className="ws-card" data-testid={`target-${target.code}`}>
      <p className="ws-row">
        <span className="ws-code">{target.code}</span>
        <RoleTag role={target.role} t={x.t} />
        <TargetStatusBadge status={target.status} t={x.t} />
      </p>
      <p className="mt-1 font-medium">{target.name}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-stone-700">{x.d.targetLabel}</dt>
        <dd>{target.extra ? `${bound} (${target.extra})` : bound}</dd>
        <dt className="text-stone-700">{x.d.latestLabel}</dt>
        <dd data-testid="latest-value">{latest}</dd>
      </dl>
      <Link href={localePath(x.locale, `/dashboard/targets/${target.id}`)} prefetch={false} className="ws-link">
        {x.d.historyLink}
      </Link>
    </li>
  );
}

function TaskCard({ task, x }: { task: DashboardTask; x: Texts }) {
  const latest = task.latest
    ? `${task.latest.taskStatus ? x.t[`task_${task.latest.taskStatus}`] : ''} · ${fill(x.d.progressValue, { n: task.latest.progress ?? 0 })} · ${formatPeriod(task.latest.periodCode, x.locale)}`
    : x.t.none;
  return (
    <li className="ws-card" data-testid={`task-${task.code}`}>
      <p className="ws-row">
        <span className="ws-code">{task.code}</span>
        <RoleTag role={task.role} t={x.t} />
      </p>
      <p className="mt-1 line-clamp-3">{clipText(task.text, taskTextMax)}</p>
      <p className="mt-1 text-sm">
        <span className="text-stone-700">{`${x.t.latestProgress}: `}</span>
        {latest}
      </p>
      <Link href={localePath(x.locale, `/dashboard/tasks/${task.id}`)} prefetch={false} className="ws-link">
        {x.d.historyLink}
      </Link>
    </li>
  );
}

function OpenPages({ data, d, locale }: { data: OfficerDashboard; d: DashboardMessages; locale: Locale }) {
  if (data.openPageCount <= 1) return null;
  const from = (data.openPage - 1) * openPageSize;
  const href = (page: number) =>
    localePath(locale, page > 1 ? `/dashboard?open=${page}#open-title` : '/dashboard#open-title');
  return (
    <nav aria-label={d.openPagination} className="flex flex-wrap items-center gap-x-4" data-testid="open-pages">
      {data.openPage > 1 ? (
        <Link href={href(data.openPage - 1)} prefetch={false} className="ws-link">
          {d.openPrev}
        </Link>
      ) : null}
      <span className="ws-muted">
        {fill(d.openMore, { from: from + 1, to: from + data.open.length, total: data.openTotal })}
      </span>
      {data.openPage < data.openPageCount ? (
        <Link href={href(data.openPage + 1)} prefetch={false} className="ws-link">
          {d.openNext}
        </Link>
      ) : null}
    </nav>
  );
}

/** `returned` counts every returned report of the organization, not only those on this page of the list. */
type ViewProps = {
  data: OfficerDashboard;
  locale: Locale;
  orgName: string;
  returned: number;
  approaching: ApproachingDeadline[];
};

export function OfficerDashboardView({ data, locale, orgName, returned, approaching }: ViewProps) {
  const x: Texts = { d: dashboardMessages[locale], t: workflowMessages[locale], locale };
  const { d } = x;
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
        <p
          className="rounded border border-amber-700 bg-amber-50 p-3 font-medium text-amber-950"
          data-testid="notice-returned"
        >
          <span aria-hidden="true">↩ </span>
          {fill(d.noticeReturned, { n: returned })}
        </p>
      ) : null}

      {approaching.map((n) => (
        <p
          key={n.periodCode}
          className="rounded border border-sky-700 bg-sky-50 p-3 font-medium text-sky-950"
          data-testid="notice-approaching"
        >
          <span aria-hidden="true">⏰ </span>
          {fill(d.noticeApproaching, {
            period: formatPeriod(n.periodCode, locale),
            n: n.missing,
            date: formatDate(n.dueOn, locale),
          })}
        </p>
      ))}

      <section aria-labelledby="due-title" className="space-y-3">
        <h2 id="due-title" className="text-xl font-semibold">
          {d.dueTitle}
        </h2>
        {due.length === 0 ? <p className="text-stone-700">{d.dueNone}</p> : null}
        {due.map((group) => (
          <div key={group.period.id} className="ws-card" data-testid={`due-${group.period.code}`}>
            <h3 className="mb-1 font-semibold">
              <span
                className={`mr-2 rounded px-1.5 py-0.5 text-xs ${group.overdue ? 'bg-red-100 text-red-900' : 'bg-sky-100 text-sky-900'}`}
              >
                {group.overdue ? d.overdueTag : d.upcomingTag}
              </span>
              {fill(group.overdue ? d.dueOverdue : d.dueUpcoming, {
                period: formatPeriod(group.period.code, locale),
                date: formatDate(group.period.dueOn, locale),
              })}
            </h3>
            <ul>
              {group.items.map((item) => (
                <DueItem key={`${item.kind}-${item.subjectId}`} item={item} x={x} />
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="open-title" className="space-y-3">
        <h2 id="open-title" className="text-xl font-semibold">
          {d.openTitle}
        </h2>
        {data.openTotal === 0 ? <p className="text-stone-700">{d.openNone}</p> : null}
        <ul className="space-y-2" data-testid="open-reports">
          {data.open.map((o) => (
            <OpenRow key={o.id} o={o} x={x} />
          ))}
        </ul>
        <OpenPages data={data} d={d} locale={x.locale} />
      </section>

      <section aria-labelledby="targets-title" className="space-y-3">
        <h2 id="targets-title" className="text-xl font-semibold">
          {d.targetsTitle}
        </h2>
        {data.targets.length === 0 ? <p className="text-stone-700">{d.noTargets}</p> : null}
        <ul className="grid gap-2 md:grid-cols-2" data-testid="dashboard-targets">
          {data.targets.map((target) => (
            <TargetCard key={target.id} target={target} x={x} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="tasks-title" className="space-y-3">
        <h2 id="tasks-title" className="text-xl font-semibold">
          {d.tasksTitle}
        </h2>
        {data.tasks.length === 0 ? <p className="text-stone-700">{d.noTasks}</p> : null}
        <ul className="grid gap-2 md:grid-cols-2" data-testid="dashboard-tasks">
          {data.tasks.map((task) => (
            <TaskCard key={task.id} task={task} x={x} />
          ))}
        </ul>
      </section>
    </div>
  );
}
