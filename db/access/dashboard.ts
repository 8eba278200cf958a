import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { focusPeriods } from '@/lib/workflow/calendar';
import type { FigureKind, TargetDirection, TargetVerdict } from '@/lib/domain';
import { targetVerdict, yearShareAt } from '@/lib/workflow/target-verdict';
import { getDb } from '../client';
import {
  assignments,
  organizations,
  reportingPeriods,
  targets,
  taskGroups,
  tasks,
  updates,
  type TaskStatus,
  type UpdateState,
} from '../schema';
import { currentResolution, listPeriods, type Actor, type PeriodRow } from './periods';
import { organizationFocusGaps } from './organization-gaps';
import { findGaps, type GapRow } from './reporting-gaps';
import { assertOfficer, assertRole } from './role-checks';

// What an officer's organization has to do, and the chair's view of every organization.
// A fixed number of queries whatever the size of the history; every list is bounded.

export type LatestTarget = {
  value: number | null;
  kind: FigureKind | null;
  periodCode: string;
  reviewedAt: Date | null;
};
export type LatestTask = {
  taskStatus: TaskStatus | null;
  progress: number | null;
  periodCode: string;
  reviewedAt: Date | null;
};

export type DashboardTarget = {
  id: number;
  code: string;
  name: string;
  targetValue: number | null;
  targetHigh: number | null;
  unit: string;
  direction: TargetDirection;
  extra: string | null;
  role: 'lead' | 'coordinate';
  latest: LatestTarget | null;
  status: TargetVerdict;
  /** A coordinating organization's own latest approved update (its contribution); null for the lead. */
  own: LatestTarget | null;
};

export type DashboardTask = {
  id: number;
  code: string;
  text: string;
  groupNumber: number;
  role: 'lead' | 'coordinate';
  latest: LatestTask | null;
  /** A coordinating organization's own latest approved update (its contribution); null for the lead. */
  own: LatestTask | null;
};

export type OpenItem = {
  id: number;
  state: UpdateState;
  kind: 'target' | 'task';
  subjectCode: string;
  subjectLabel: string;
  periodCode: string;
  returnReason: string | null;
  updatedAt: Date;
};

export type DueGroup = { period: PeriodRow; items: GapRow[] };

export type OfficerDashboard = {
  year: number;
  targets: DashboardTarget[];
  tasks: DashboardTask[];
  upcoming: DueGroup[];
  overdue: DueGroup[];
  /** Every returned update of the organization (bounded), the soonest due first: work to do before anything else. */
  returned: OpenItem[];
  /** The open updates of `upcoming` and `overdue` that the chair returned (to be corrected, not continued). */
  returnedOpenIds: Set<number>;
  open: OpenItem[];
  openTotal: number;
  /** The page of the open list shown (1-based, within 1…openPageCount). */
  openPage: number;
  openPageCount: number;
};

export const openPageSize = 20;

// The official figure of a subject, as the public pages pick it: the lead organization's
// approved update of the latest period, an official figure over an estimate of the same period
// (figure-precedence.ts), and of those the latest approval (a correction); the organization that
// leads the subject now (see publicUpdate).
const latestLeadTarget = sql<number | null>`(SELECT u.id FROM updates u JOIN reporting_periods p ON p.id = u.period_id
  WHERE u.target_id = ${targets.id} AND u.state = 'approved' AND u.role = 'lead'
    AND EXISTS (SELECT 1 FROM assignments a WHERE a.target_id = u.target_id AND a.organization_id = u.organization_id AND a.role = 'lead')
  ORDER BY p.ends_on DESC, coalesce(u.figure_kind, 'official') = 'estimate', u.reviewed_at DESC, u.id DESC LIMIT 1)`;
const latestLeadTask = sql<number | null>`(SELECT u.id FROM updates u JOIN reporting_periods p ON p.id = u.period_id
  WHERE u.task_id = ${tasks.id} AND u.state = 'approved' AND u.role = 'lead'
    AND EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = u.task_id AND a.organization_id = u.organization_id AND a.role = 'lead')
  ORDER BY p.ends_on DESC, u.reviewed_at DESC, u.id DESC LIMIT 1)`;

// A coordinating organization's contribution: its own latest approved update on the subject.
const ownLatestTarget = (orgId: number) => sql<number | null>`(SELECT u.id FROM updates u
  JOIN reporting_periods p ON p.id = u.period_id
  WHERE u.target_id = ${targets.id} AND u.state = 'approved' AND u.organization_id = ${orgId}
  ORDER BY p.ends_on DESC, u.reviewed_at DESC, u.id DESC LIMIT 1)`;
const ownLatestTask = (orgId: number) => sql<number | null>`(SELECT u.id FROM updates u
  JOIN reporting_periods p ON p.id = u.period_id
  WHERE u.task_id = ${tasks.id} AND u.state = 'approved' AND u.organization_id = ${orgId}
  ORDER BY p.ends_on DESC, u.reviewed_at DESC, u.id DESC LIMIT 1)`;

/** Null when no resolution is loaded; anyone but an officer is refused (AuthError 403). */
export function getOfficerDashboard(user: Actor, today: string, openPage = 1): OfficerDashboard | null {
  const orgId = assertOfficer(user);
  const resolution = currentResolution();
  if (!resolution) return null;
  const db = getDb();

  const targetRows = db
    .select({
      id: targets.id,
      code: targets.code,
      name: targets.name,
      targetValue: targets.targetValue,
      targetHigh: targets.targetHigh,
      unit: targets.unit,
      direction: targets.direction,
      baseValue: targets.baselineValue,
      yearEndOnly: targets.yearEndOnly,
      judgement: targets.judgement,
      extra: targets.extra,
      role: assignments.role,
      latestId: latestLeadTarget,
      ownId: ownLatestTarget(orgId),
    })
    .from(assignments)
    .innerJoin(targets, eq(targets.id, assignments.targetId))
    .where(and(eq(assignments.organizationId, orgId), eq(targets.resolutionId, resolution.id)))
    .orderBy(asc(targets.code))
    .all();
  const taskRows = db
    .select({
      id: tasks.id,
      code: tasks.code,
      text: tasks.text,
      groupNumber: taskGroups.number,
      role: assignments.role,
      latestId: latestLeadTask,
      ownId: ownLatestTask(orgId),
    })
    .from(assignments)
    .innerJoin(tasks, eq(tasks.id, assignments.taskId))
    .innerJoin(taskGroups, eq(taskGroups.id, tasks.groupId))
    .where(and(eq(assignments.organizationId, orgId), eq(taskGroups.resolutionId, resolution.id)))
    .orderBy(asc(taskGroups.number), asc(tasks.paragraph))
    .all();

  const latestIds = [...targetRows, ...taskRows]
    .flatMap((r) => [r.latestId, r.role === 'coordinate' ? r.ownId : null])
    .filter((id): id is number => id !== null);
  const latest = new Map(
    (latestIds.length
      ? db
          .select({
            id: updates.id,
            value: updates.value,
            figureKind: updates.figureKind,
            taskStatus: updates.taskStatus,
            progress: updates.progress,
            reviewedAt: updates.reviewedAt,
            periodCode: reportingPeriods.code,
            endsOn: reportingPeriods.endsOn,
          })
          .from(updates)
          .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
          .where(inArray(updates.id, latestIds))
          .all()
      : []
    ).map((r) => [r.id, r]),
  );

  const dashboardTargets: DashboardTarget[] = targetRows.map(
    ({ latestId, ownId, baseValue, yearEndOnly, judgement, ...t }) => {
      const l = latestId !== null ? latest.get(latestId) : undefined;
      const value = l?.value ?? null;
      const kind = l?.figureKind ?? (l ? 'official' : null);
      const o = t.role === 'coordinate' && ownId !== null ? latest.get(ownId) : undefined;
      return {
        ...t,
        latest: l ? { value, kind, periodCode: l.periodCode, reviewedAt: l.reviewedAt } : null,
        own: o
          ? {
              value: o.value,
              kind: o.figureKind ?? 'official',
              periodCode: o.periodCode,
              reviewedAt: o.reviewedAt,
            }
          : null,
        status: targetVerdict(
          { ...t, baseValue, yearEndOnly, judgement },
          l && value !== null
            ? { value, kind: kind ?? 'official', yearShare: yearShareAt(l.endsOn, resolution.year) }
            : null,
        ),
      };
    },
  );
  const dashboardTasks: DashboardTask[] = taskRows.map(({ latestId, ownId, ...t }) => {
    const l = latestId !== null ? latest.get(latestId) : undefined;
    const o = t.role === 'coordinate' && ownId !== null ? latest.get(ownId) : undefined;
    return {
      ...t,
      latest: l
        ? { taskStatus: l.taskStatus, progress: l.progress, periodCode: l.periodCode, reviewedAt: l.reviewedAt }
        : null,
      own: o
        ? { taskStatus: o.taskStatus, progress: o.progress, periodCode: o.periodCode, reviewedAt: o.reviewedAt }
        : null,
    };
  });

  // What is due next and what was due last, for this organization only.
  const focus = organizationFocusGaps(orgId, today);
  const gaps = focus.gaps;
  const group = (list: PeriodRow[]): DueGroup[] =>
    list
      .map((period) => ({ period, items: gaps.filter((g) => g.periodId === period.id) }))
      .filter((g) => g.items.length > 0);
  const openIds = gaps.map((g) => g.openUpdateId).filter((id): id is number => id !== null);
  const returnedOpenIds = new Set(
    openIds.length
      ? db
          .select({ id: updates.id })
          .from(updates)
          .where(and(inArray(updates.id, openIds), eq(updates.state, 'returned')))
          .all()
          .map((r) => r.id)
      : [],
  );

  return {
    year: resolution.year,
    targets: dashboardTargets,
    tasks: dashboardTasks,
    upcoming: group(focus.upcoming),
    overdue: group(focus.overdue),
    returned: listReturned(orgId),
    returnedOpenIds,
    ...listOpen(orgId, openPage),
  };
}

/**
 * The current year's reporting periods: an archived year's updates can no longer be corrected or
 * filed, so they are not work on the dashboard (they stay in the history).
 */
function currentPeriodIds() {
  const resolution = currentResolution();
  return getDb()
    .select({ id: reportingPeriods.id })
    .from(reportingPeriods)
    .where(eq(reportingPeriods.resolutionId, resolution ? resolution.id : -1));
}

export const returnedListMax = 50;

/** The organization's returned updates, the soonest due period first (then the latest returned). */
function listReturned(orgId: number): OpenItem[] {
  const rows = getDb()
    .select(openRowColumns)
    .from(updates)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .leftJoin(targets, eq(targets.id, updates.targetId))
    .leftJoin(tasks, eq(tasks.id, updates.taskId))
    .where(
      and(
        eq(updates.organizationId, orgId),
        eq(updates.state, 'returned'),
        inArray(updates.periodId, currentPeriodIds()),
      ),
    )
    .orderBy(asc(reportingPeriods.dueOn), desc(updates.updatedAt), desc(updates.id))
    .limit(returnedListMax)
    .all();
  return rows.map(toOpenItem);
}

// An update on the dashboard with its subject's code and words (both lists join targets and tasks).
const openRowColumns = {
  id: updates.id,
  state: updates.state,
  kind: updates.kind,
  targetCode: targets.code,
  targetName: targets.name,
  taskCode: tasks.code,
  taskText: tasks.text,
  periodCode: reportingPeriods.code,
  returnReason: updates.returnReason,
  updatedAt: updates.updatedAt,
};

type OpenRow = {
  id: number;
  state: UpdateState;
  kind: 'target' | 'task';
  targetCode: string | null;
  targetName: string | null;
  taskCode: string | null;
  taskText: string | null;
  periodCode: string;
  returnReason: string | null;
  updatedAt: Date;
};

function toOpenItem(r: OpenRow): OpenItem {
  return {
    id: r.id,
    state: r.state,
    kind: r.kind,
    subjectCode: (r.kind === 'target' ? r.targetCode : r.taskCode) ?? '',
    subjectLabel: (r.kind === 'target' ? r.targetName : r.taskText) ?? '',
    periodCode: r.periodCode,
    returnReason: r.returnReason,
    updatedAt: r.updatedAt,
  };
}

type OpenPage = Pick<OfficerDashboard, 'open' | 'openTotal' | 'openPage' | 'openPageCount'>;

/** The organization's updates not yet approved, a page at a time: returned first, then drafts, then waiting. */
function listOpen(orgId: number, requestedPage: number): OpenPage {
  const db = getDb();
  // IN, not <> 'approved': the (organization, state) index then visits open updates only, not the history.
  const where = and(
    eq(updates.organizationId, orgId),
    inArray(updates.state, ['draft', 'submitted', 'returned']),
    inArray(updates.periodId, currentPeriodIds()),
  );
  const openTotal =
    db
      .select({ n: sql<number>`count(*)` })
      .from(updates)
      .where(where)
      .get()?.n ?? 0;
  const openPageCount = Math.max(1, Math.ceil(openTotal / openPageSize));
  const openPage = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), openPageCount);
  // The page is picked on the updates alone (the index, then a small sort); only its twenty rows
  // are joined to their subjects, so no task paragraph goes through the sort.
  const order = [
    sql`CASE ${updates.state} WHEN 'returned' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END`,
    desc(updates.updatedAt),
    desc(updates.id),
  ];
  const page = db
    .select({ id: updates.id })
    .from(updates)
    .where(where)
    .orderBy(...order)
    .limit(openPageSize)
    .offset((openPage - 1) * openPageSize)
    .as('page');
  const rows = db
    .select(openRowColumns)
    .from(page)
    .innerJoin(updates, eq(updates.id, page.id))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .leftJoin(targets, eq(targets.id, updates.targetId))
    .leftJoin(tasks, eq(tasks.id, updates.taskId))
    .orderBy(...order)
    .all();
  const open = rows.map(toOpenItem);
  return { open, openTotal, openPage, openPageCount };
}

export type OrganizationOverview = {
  id: number;
  code: string;
  name: string;
  assignments: number;
  submitted: number;
  returned: number;
  drafts: number;
  /** Updates approved for this year's periods. */
  approved: number;
  /** Assignments without a submitted or approved update for the last period that fell due. */
  missingLastPeriod: number;
};

export type ChairOverview = { year: number; lastDue: PeriodRow[]; organizations: OrganizationOverview[] };

/** The chair's /dashboard: every organization on one screen; null when no resolution is loaded. */
export function getChairOverview(user: Actor, today: string): ChairOverview | null {
  assertRole(user, ['chair']);
  const resolution = currentResolution();
  if (!resolution) return null;
  const db = getDb();
  const orgs = db
    .select({ id: organizations.id, code: organizations.code, name: organizations.name })
    .from(organizations)
    .orderBy(asc(organizations.sortOrder))
    .all();
  const assigned = new Map(
    db
      .select({ org: assignments.organizationId, n: sql<number>`count(*)` })
      .from(assignments)
      .leftJoin(targets, eq(targets.id, assignments.targetId))
      .leftJoin(tasks, eq(tasks.id, assignments.taskId))
      .leftJoin(taskGroups, eq(taskGroups.id, tasks.groupId))
      // Assignments of this year's resolution only, not of every resolution ever imported.
      .where(sql`coalesce(${targets.resolutionId}, ${taskGroups.resolutionId}) = ${resolution.id}`)
      .groupBy(assignments.organizationId)
      .all()
      .map((r) => [r.org, r.n]),
  );
  const states = db
    .select({ org: updates.organizationId, state: updates.state, n: sql<number>`count(*)` })
    .from(updates)
    // IN, not <> 'approved': the state index then visits open updates only, not the whole history.
    .where(inArray(updates.state, ['draft', 'submitted', 'returned']))
    .groupBy(updates.organizationId, updates.state)
    .all();
  const approved = new Map(
    db
      .select({ org: updates.organizationId, n: sql<number>`count(*)` })
      .from(updates)
      .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
      .where(and(eq(updates.state, 'approved'), eq(reportingPeriods.resolutionId, resolution.id)))
      .groupBy(updates.organizationId)
      .all()
      .map((r) => [r.org, r.n]),
  );
  const lastDue = focusPeriods(listPeriods(resolution.id), today).overdue;
  const gaps = findGaps(
    db,
    lastDue.map((p) => p.id),
    null,
  );
  const count = (org: number, state: UpdateState) => states.find((s) => s.org === org && s.state === state)?.n ?? 0;
  return {
    year: resolution.year,
    lastDue,
    organizations: orgs.map((o) => ({
      ...o,
      assignments: assigned.get(o.id) ?? 0,
      submitted: count(o.id, 'submitted'),
      returned: count(o.id, 'returned'),
      drafts: count(o.id, 'draft'),
      approved: approved.get(o.id) ?? 0,
      missingLastPeriod: gaps.filter((g) => g.organizationId === o.id).length,
    })),
  };
}
