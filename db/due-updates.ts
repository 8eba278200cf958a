import { and, asc, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Cadence, PeriodKind, SubjectKind } from '../lib/domain';
import { focusPeriods } from '../lib/workflow/calendar';
import { asksFor, cadenceSettingKeys, defaultCadences, isCadence } from '../lib/workflow/cadence';
import type { Db } from './client';
import {
  assignments,
  periodReopenings,
  reportingPeriods,
  resolutions,
  settings,
  targets,
  taskGroups,
  tasks,
} from './schema';

// What is asked of an organization, and who has not reported: every assignment (organization ×
// target or task) whose cadence asks for a period, without a submitted or approved update of that
// organization for the period. No user here (no 'server-only' either): the data access layer
// scopes these to the signed-in user, and `npm run reminders` calls `dueForOrganization` directly.

export type GapRow = {
  periodId: number;
  organizationId: number;
  organizationCode: string;
  organizationName: string;
  role: 'lead' | 'coordinate';
  kind: 'target' | 'task';
  subjectId: number;
  subjectCode: string;
  /** The target's name or the task's text, as written. */
  subjectLabel: string;
  /** An open update (draft or returned) the organization has started for the period, if any. */
  openUpdateId: number | null;
};

/** The default cadence of each kind of subject: the settings rows, else `defaultCadences`. */
/** A period as the update form and the dashboard weigh it: its dates and whether it is closed. */
export const periodWithClosingColumns = {
  id: reportingPeriods.id,
  code: reportingPeriods.code,
  kind: reportingPeriods.kind,
  startsOn: reportingPeriods.startsOn,
  endsOn: reportingPeriods.endsOn,
  dueOn: reportingPeriods.dueOn,
  closed: isNotNull(reportingPeriods.closedAt),
};

/** The closed periods the chair has reopened for this organization, still running at `now`. */
export function reopenedPeriodIds(db: Pick<Db, 'select'>, organizationId: number, now: Date): Set<number> {
  return new Set(
    db
      .select({ periodId: periodReopenings.periodId })
      .from(periodReopenings)
      .where(and(eq(periodReopenings.organizationId, organizationId), gt(periodReopenings.until, now)))
      .all()
      .map((r) => r.periodId),
  );
}

export function readCadenceDefaults(db: Pick<Db, 'select'>): Record<SubjectKind, Cadence> {
  const rows = db
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(inArray(settings.key, Object.values(cadenceSettingKeys)))
    .all();
  const read = (kind: SubjectKind) => {
    const value = rows.find((r) => r.key === cadenceSettingKeys[kind])?.value;
    return isCadence(value) ? value : defaultCadences[kind];
  };
  return { target: read('target'), task: read('task') };
}

/** SQL: the effective cadence of assignment `a` asks for period `p`. */
function cadenceAsks(defaults: Record<SubjectKind, Cadence>) {
  return sql`(CASE coalesce(a.cadence, CASE WHEN a.target_id IS NOT NULL THEN ${defaults.target} ELSE ${defaults.task} END)
      WHEN 'monthly' THEN p.kind = 'month'
      WHEN 'quarterly' THEN p.kind = 'quarter'
      WHEN 'six_monthly' THEN p.kind IN ('half', 'year')
      WHEN 'yearly' THEN p.kind = 'year' END)`;
}

/**
 * The assignments of `organizationId` (null: every organization) without a submitted or approved
 * update for the given periods, each only for the periods its cadence asks for, and none for a
 * period the chair has closed unless it is reopened for that organization at `now`.
 */
export function findGaps(
  db: Pick<Db, 'all' | 'select'>,
  periodIds: number[],
  organizationId: number | null,
  now: Date = new Date(),
): GapRow[] {
  if (periodIds.length === 0) return [];
  const defaults = readCadenceDefaults(db);
  const ids = sql.join(
    periodIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const orgFilter = organizationId === null ? sql`` : sql`AND a.organization_id = ${organizationId}`;
  const updateOrgFilter = organizationId === null ? sql`` : sql`AND u.organization_id = ${organizationId}`;
  // The updates of these periods are read once (index on period, organization) and grouped by
  // slot; each assignment then finds its slot through an automatic index. A correlated subquery
  // per assignment with "target_id = … OR task_id = …" walked every update of the period and
  // organization for each assignment instead.
  return db.all<GapRow>(sql`
    SELECT p.id AS periodId, o.id AS organizationId, o.code AS organizationCode, o.name AS organizationName,
           a.role AS role,
           CASE WHEN a.target_id IS NOT NULL THEN 'target' ELSE 'task' END AS kind,
           coalesce(a.target_id, a.task_id) AS subjectId,
           coalesce(t.code, k.code) AS subjectCode,
           coalesce(t.name, k.text) AS subjectLabel,
           r.open_id AS openUpdateId
      FROM reporting_periods p
      JOIN assignments a
      JOIN organizations o ON o.id = a.organization_id
      LEFT JOIN targets t ON t.id = a.target_id
      LEFT JOIN tasks k ON k.id = a.task_id
      LEFT JOIN task_groups g ON g.id = k.group_id
      LEFT JOIN (
            SELECT u.period_id, u.organization_id, u.kind, coalesce(u.target_id, u.task_id) AS subject_id,
                   max(u.state IN ('submitted', 'approved')) AS reported,
                   max(CASE WHEN u.state IN ('draft', 'returned') THEN u.id END) AS open_id
              FROM updates u
             WHERE u.period_id IN (${ids}) ${updateOrgFilter}
             GROUP BY u.period_id, u.organization_id, u.kind, subject_id) r
        ON r.period_id = p.id AND r.organization_id = a.organization_id
       AND r.kind = (CASE WHEN a.target_id IS NOT NULL THEN 'target' ELSE 'task' END)
       AND r.subject_id = coalesce(a.target_id, a.task_id)
     WHERE p.id IN (${ids}) ${orgFilter}
       AND coalesce(t.resolution_id, g.resolution_id) = p.resolution_id
       AND ${cadenceAsks(defaults)}
       AND (p.closed_at IS NULL OR EXISTS (
            SELECT 1 FROM period_reopenings ro
             WHERE ro.period_id = p.id AND ro.organization_id = a.organization_id AND ro.until > ${now.getTime()}))
       AND coalesce(r.reported, 0) = 0
     ORDER BY p.due_on, p.kind, o.sort_order, a.target_id IS NULL, coalesce(t.code, k.code)
  `);
}

export type DuePeriod = {
  id: number;
  code: string;
  kind: PeriodKind;
  startsOn: string;
  endsOn: string;
  dueOn: string;
};

export type DueForOrganization = {
  resolution: { id: number; year: number } | null;
  /** The periods with the nearest due date on or after `today`, among those the organization is asked for. */
  upcoming: DuePeriod[];
  /** The periods whose due date passed last, among the same. */
  overdue: DuePeriod[];
  /** Its assignments without a submitted or approved update for those periods, each only for its cadence. */
  gaps: GapRow[];
};

/**
 * What is due for organization X on day D (the ward's calendar day, 'YYYY-MM-DD'), in the current
 * resolution: only the periods the cadences of its assignments ask for, none that the chair has
 * closed (unless reopened for X and the reopening is still running at `now`). The dashboard, the
 * navigation notices and the reminders all ask this.
 */
export function dueForOrganization(
  db: Db,
  organizationId: number,
  today: string,
  now: Date = new Date(),
): DueForOrganization {
  const resolution =
    db
      .select({ id: resolutions.id, year: resolutions.year })
      .from(resolutions)
      .where(eq(resolutions.state, 'current'))
      .get() ?? null;
  if (!resolution) return { resolution, upcoming: [], overdue: [], gaps: [] };
  const defaults = readCadenceDefaults(db);
  const own = db
    .select({ cadence: assignments.cadence, targetId: assignments.targetId })
    .from(assignments)
    .leftJoin(targets, eq(targets.id, assignments.targetId))
    .leftJoin(tasks, eq(tasks.id, assignments.taskId))
    .leftJoin(taskGroups, eq(taskGroups.id, tasks.groupId))
    .where(
      and(
        eq(assignments.organizationId, organizationId),
        sql`coalesce(${targets.resolutionId}, ${taskGroups.resolutionId}) = ${resolution.id}`,
      ),
    )
    .all();
  const cadencesAsked = new Set(own.map((a) => a.cadence ?? defaults[a.targetId !== null ? 'target' : 'task']));
  const reopened = reopenedPeriodIds(db, organizationId, now);
  const periods = db
    .select(periodWithClosingColumns)
    .from(reportingPeriods)
    .where(eq(reportingPeriods.resolutionId, resolution.id))
    .orderBy(asc(reportingPeriods.dueOn), asc(reportingPeriods.startsOn))
    .all()
    .filter((p) => [...cadencesAsked].some((c) => asksFor(c, p.kind)))
    .filter((p) => !p.closed || reopened.has(p.id))
    .map((p) => ({ id: p.id, code: p.code, kind: p.kind, startsOn: p.startsOn, endsOn: p.endsOn, dueOn: p.dueOn }));
  const focus = focusPeriods(periods, today);
  const gaps = findGaps(
    db,
    [...focus.upcoming, ...focus.overdue].map((p) => p.id),
    organizationId,
    now,
  );
  return { resolution, ...focus, gaps };
}
