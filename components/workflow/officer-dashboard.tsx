import Link from 'next/link';
import {
  openPageSize,
  type DashboardTarget,
  type DashboardTask,
  type DueGroup,
  type OfficerDashboard,
  type OpenItem,
} from '@/db/access/dashboard';
import type { ApproachingDeadline } from '@/db/access/notices';
import type { GapRow } from '@/db/access/reporting-gaps';
import { clipText } from '@/lib/clip-text';
import { formatDate, formatDateTime, formatQuantity, formatTargetBound } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { fill } from '@/lib/i18n/fill';
import { dashboardMessages, type DashboardMessages } from '@/lib/i18n/messages/dashboard';
import { workflowMessages, type WorkflowMessages } from '@/lib/i18n/messages/workflow';
import { formatPeriod } from '@/lib/period-label';
import { verdictText } from '@/lib/i18n/messages/verdicts';
import { RoleTag, StateBadge, TargetStatusBadge } from './badges';
import { Icon } from '@/components/ui/icon';
import { WorkspacePageHeader } from '@/components/workspace/page-header';

// The rows of this page repeat by the dozen: their markup stays small (one class per piece from
// app/workspace-lists.css, no wrapper that carries nothing), long task paragraphs are clipped to
// what the clamped lines show anyway, the open updates come a page at a time, and row links do
// not prefetch (each prefetch of these per-user pages is a server render: a page view used to
// start one or two per visible row).

type Texts = { d: DashboardMessages; t: WorkflowMessages; locale: Locale };

/** Clipped lengths: about what two or three clamped lines show on a phone and on a desktop. */
const rowLabelMax = 160;
const taskTextMax = 240;

export type DueFilter = 'all' | 'target' | 'task';

type DueSlot = { period: DueGroup['period']; overdue: boolean; openUpdateId: number | null };
type DueSubject = { key: string; first: GapRow; slots: DueSlot[] };

/** One entry per target or task, its periods in due order; the subject due soonest first. */
function groupBySubject(data: OfficerDashboard, filter: DueFilter): DueSubject[] {
  const subjects = new Map<string, DueSubject>();
  const groups = [
    ...data.overdue.map((g) => ({ ...g, overdue: true })),
    ...data.upcoming.map((g) => ({ ...g, overdue: false })),
  ];
  for (const group of groups) {
    for (const item of group.items) {
      if (filter !== 'all' && item.kind !== filter) continue;
      const key = `${item.kind}-${item.subjectId}`;
      const entry = subjects.get(key) ?? { key, first: item, slots: [] };
      entry.slots.push({ period: group.period, overdue: group.overdue, openUpdateId: item.openUpdateId });
      subjects.set(key, entry);
    }
  }
  const firstDue = (s: DueSubject) => s.slots.reduce((m, x) => (x.period.dueOn < m ? x.period.dueOn : m), '9999');
  for (const s of subjects.values()) s.slots.sort((a, b) => a.period.dueOn.localeCompare(b.period.dueOn));
  return [...subjects.values()].sort(
    (a, b) => firstDue(a).localeCompare(firstDue(b)) || a.first.subjectCode.localeCompare(b.first.subjectCode),
  );
}

function DueChip({ item, slot, returned, x }: { item: GapRow; slot: DueSlot; returned: boolean; x: Texts }) {
  const href = slot.openUpdateId
    ? `/dashboard/updates/${slot.openUpdateId}`
    : `/dashboard/${item.kind}s/${item.subjectId}/update?period=${slot.period.id}`;
  const tone = returned
    ? 'border-amber-700 bg-amber-50 text-amber-950'
    : slot.overdue
      ? 'border-red-700 bg-red-50 text-red-950'
      : 'border-sky-700 bg-sky-50 text-sky-950';
  return (
    <li>
      <Link
        href={localePath(x.locale, href)}
        prefetch={false}
        className={`inline-block rounded border px-2 py-1 text-sm underline-offset-2 hover:underline ${tone}`}
        data-testid={`due-chip-${slot.period.code}`}
      >
        <span className="font-medium">{formatPeriod(slot.period.code, x.locale)}</span>
        {` · ${fill(x.d.dueOn, { date: formatDate(slot.period.dueOn, x.locale) })}`}
        {returned ? ` · ${x.d.fixReturned}` : slot.openUpdateId ? ` · ${x.d.draftTag}` : ''}
      </Link>
    </li>
  );
}

function DueSubjectRow({ subject, data, x }: { subject: DueSubject; data: OfficerDashboard; x: Texts }) {
  const { first, slots } = subject;
  const overdue = slots.some((s) => s.overdue);
  const hasReturned = slots.some((s) => s.openUpdateId !== null && data.returnedOpenIds.has(s.openUpdateId));
  return (
    <li data-testid={`due-${first.kind}-${first.subjectCode}`}>
      <details className="ws-card" open={hasReturned || undefined}>
        <summary className="cursor-pointer">
          <span className="ws-code">{first.subjectCode}</span>{' '}
          <span className="line-clamp-2 inline">{clipText(first.subjectLabel, rowLabelMax)}</span>{' '}
          <RoleTag role={first.role} t={x.t} />{' '}
          <span
            className={`rounded px-1.5 py-0.5 text-xs ${overdue ? 'bg-red-100 text-red-900' : 'bg-sky-100 text-sky-900'}`}
          >
            {overdue ? x.d.overdueTag : x.d.upcomingTag}
          </span>{' '}
          <span className="ws-muted">
            {fill(x.d.dueCount, { n: slots.length })} ·{' '}
            {fill(x.d.dueFirst, { date: formatDate(slots[0]!.period.dueOn, x.locale) })}
          </span>
        </summary>
        <ul className="mt-2 flex flex-wrap gap-2">
          {slots.map((slot) => (
            <DueChip
              key={slot.period.id}
              item={first}
              slot={slot}
              returned={slot.openUpdateId !== null && data.returnedOpenIds.has(slot.openUpdateId)}
              x={x}
            />
          ))}
        </ul>
      </details>
    </li>
  );
}

function DueFilterNav({ filter, x }: { filter: DueFilter; x: Texts }) {
  const options: { value: DueFilter; label: string }[] = [
    { value: 'all', label: x.d.dueAll },
    { value: 'target', label: x.d.dueTargets },
    { value: 'task', label: x.d.dueTasks },
  ];
  return (
    <nav aria-label={x.d.dueFilter} className="flex flex-wrap gap-2" data-testid="due-filter">
      {options.map((o) => (
        <Link
          key={o.value}
          href={localePath(
            x.locale,
            o.value === 'all' ? '/dashboard#due-title' : `/dashboard?show=${o.value}#due-title`,
          )}
          prefetch={false}
          aria-current={o.value === filter ? 'true' : undefined}
          className={`rounded border px-3 py-1 text-sm ${o.value === filter ? 'border-stone-800 bg-stone-800 text-white' : 'border-stone-400 text-blue-800 underline'}`}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}

/** An update's state, period, item and, when returned, the chair's reason: the top of every row. */
function UpdateSummary({ o, x }: { o: OpenItem; x: Texts }) {
  return (
    <>
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
    </>
  );
}

function ReturnedRow({ o, x }: { o: OpenItem; x: Texts }) {
  return (
    <li className="ws-card border-amber-700" data-testid={`returned-update-${o.id}`}>
      <UpdateSummary o={o} x={x} />
      <p className="mt-2">
        <Link
          href={localePath(x.locale, `/dashboard/updates/${o.id}`)}
          prefetch={false}
          className="inline-block min-h-11 rounded bg-amber-800 px-4 py-2 font-semibold text-white"
        >
          {x.d.fixAndResubmit}
        </Link>
      </p>
    </li>
  );
}

function OpenRow({ o, x }: { o: OpenItem; x: Texts }) {
  return (
    <li className="ws-card" data-testid={`open-update-${o.id}`}>
      <UpdateSummary o={o} x={x} />
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
      ? `${formatQuantity(target.latest.value, target.unit, x.locale)}${target.latest.kind ? ` (${verdictText[x.locale].figure[target.latest.kind]})` : ''} · ${formatPeriod(target.latest.periodCode, x.locale)}`
      : x.t.none;
  const bound = formatTargetBound(target.targetValue, target.unit, target.direction, x.locale, target.targetHigh);
  return (
    <li className="ws-card" data-testid={`target-${target.code}`}>
      <p className="ws-row">
        <span className="ws-code">{target.code}</span>
        <RoleTag role={target.role} t={x.t} />
        <TargetStatusBadge status={target.status} kind={target.latest?.kind ?? null} locale={x.locale} />
      </p>
      <p className="mt-1 font-medium">{target.name}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-stone-700">{x.d.targetLabel}</dt>
        <dd>{target.extra ? `${bound} (${target.extra})` : bound}</dd>
        <dt className="text-stone-700">{target.role === 'coordinate' ? x.d.officialLabel : x.d.latestLabel}</dt>
        <dd data-testid="latest-value">{latest}</dd>
        {target.role === 'coordinate' ? (
          <>
            <dt className="text-stone-700">{x.d.ownLabel}</dt>
            <dd data-testid="own-contribution">
              {target.own && target.own.value !== null
                ? `${formatQuantity(target.own.value, target.unit, x.locale)} · ${formatPeriod(target.own.periodCode, x.locale)}`
                : x.d.ownNone}
            </dd>
          </>
        ) : null}
      </dl>
      {target.role === 'coordinate' ? <p className="ws-muted">{x.d.coordinateNote}</p> : null}
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
        <span className="text-stone-700">{`${task.role === 'coordinate' ? x.d.officialLabel : x.t.latestProgress}: `}</span>
        {latest}
      </p>
      {task.role === 'coordinate' ? (
        <>
          <p className="text-sm" data-testid="own-contribution">
            <span className="text-stone-700">{`${x.d.ownLabel}: `}</span>
            {task.own
              ? `${task.own.taskStatus ? x.t[`task_${task.own.taskStatus}`] : ''} · ${fill(x.d.progressValue, { n: task.own.progress ?? 0 })} · ${formatPeriod(task.own.periodCode, x.locale)}`
              : x.d.ownNone}
          </p>
          <p className="ws-muted">{x.d.coordinateNote}</p>
        </>
      ) : null}
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

/** `returned` counts every returned update of the organization, not only those on this page of the list. */
type ViewProps = {
  data: OfficerDashboard;
  locale: Locale;
  orgName: string;
  returned: number;
  approaching: ApproachingDeadline[];
  dueFilter?: DueFilter;
};

export function OfficerDashboardView({ data, locale, orgName, returned, approaching, dueFilter = 'all' }: ViewProps) {
  const x: Texts = { d: dashboardMessages[locale], t: workflowMessages[locale], locale };
  const { d } = x;
  const due = groupBySubject(data, dueFilter);
  const dueNone = dueFilter === 'target' ? d.dueNoneTargets : dueFilter === 'task' ? d.dueNoneTasks : d.dueNone;
  return (
    <div className="space-y-6">
      <WorkspacePageHeader locale={locale} title={fill(d.titleOf, { org: orgName })} intro={d.intro} />

      {returned > 0 ? (
        <p
          className="rounded border border-amber-700 bg-amber-50 p-3 font-medium text-amber-950"
          data-testid="notice-returned"
        >
          <Icon name="returned" className="mr-1" />
          <a href="#returned-title" className="underline underline-offset-2">
            {fill(d.noticeReturned, { n: returned })}
          </a>
        </p>
      ) : null}

      {approaching.map((n) => (
        <p
          key={n.periodCode}
          className="rounded border border-sky-700 bg-sky-50 p-3 font-medium text-sky-950"
          data-testid="notice-approaching"
        >
          <Icon name="clock" className="mr-1" />
          {fill(d.noticeApproaching, {
            period: formatPeriod(n.periodCode, locale),
            n: n.missing,
            date: formatDate(n.dueOn, locale),
          })}
        </p>
      ))}

      <section aria-labelledby="returned-title" className="space-y-3">
        <h2 id="returned-title" className="text-xl font-semibold">
          {d.returnedTitle}
        </h2>
        {data.returned.length === 0 ? <p className="text-stone-700">{d.returnedNone}</p> : null}
        <ul className="space-y-2" data-testid="returned-updates">
          {data.returned.map((o) => (
            <ReturnedRow key={o.id} o={o} x={x} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="due-title" className="space-y-3">
        <h2 id="due-title" className="text-xl font-semibold">
          {d.dueTitle}
        </h2>
        <DueFilterNav filter={dueFilter} x={x} />
        {due.length === 0 ? <p className="text-stone-700">{dueNone}</p> : null}
        <ul className="space-y-2" data-testid="due-list">
          {due.map((subject) => (
            <DueSubjectRow key={subject.key} subject={subject} data={data} x={x} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="open-title" className="space-y-3">
        <h2 id="open-title" className="text-xl font-semibold">
          {d.openTitle}
        </h2>
        {data.openTotal === 0 ? <p className="text-stone-700">{d.openNone}</p> : null}
        <ul className="space-y-2" data-testid="open-updates">
          {data.open.map((o) => (
            <OpenRow key={o.id} o={o} x={x} />
          ))}
        </ul>
        <OpenPages data={data} d={d} locale={locale} />
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
