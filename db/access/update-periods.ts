import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { SubjectKind } from '@/lib/domain';
import { asksFor } from '@/lib/workflow/cadence';
import { getDb } from '../client';
import { periodWithClosingColumns, readCadenceDefaults, reopenedPeriodIds } from '../due-updates';
import { assignments, reportingPeriods, targets, taskGroups, tasks } from '../schema';
import type { Actor, PeriodRow } from './periods';
import { assertOfficer } from './role-checks';

export type UpdatePeriod = PeriodRow & {
  /** The item's cadence asks for this period (the others may still take an update, e.g. for a briefing). */
  asked: boolean;
};

/**
 * The periods an officer's update form offers for one item, each marked when the item's cadence
 * (its own, else the default of its kind) asks for it; without the periods the chair has closed,
 * unless one is reopened for the officer's organization at `now`. `keepPeriodId` (an existing
 * update's period) is always kept, so a form never loses the period it shows; the data layer
 * still refuses a write to a closed period.
 */
export function listUpdatePeriods(
  user: Actor,
  kind: SubjectKind,
  subjectId: number,
  keepPeriodId: number | null = null,
  now: Date = new Date(),
): UpdatePeriod[] {
  const organizationId = assertOfficer(user);
  const db = getDb();
  const subjectColumn = kind === 'target' ? assignments.targetId : assignments.taskId;
  const assignment = db
    .select({
      cadence: assignments.cadence,
      resolutionId: sql<number>`coalesce(${targets.resolutionId}, ${taskGroups.resolutionId})`,
    })
    .from(assignments)
    .leftJoin(targets, eq(targets.id, assignments.targetId))
    .leftJoin(tasks, eq(tasks.id, assignments.taskId))
    .leftJoin(taskGroups, eq(taskGroups.id, tasks.groupId))
    .where(and(eq(assignments.organizationId, organizationId), eq(subjectColumn, subjectId)))
    .get();
  // Not (or no longer, after a reassignment) assigned: nothing to report on, though the
  // organization's existing update stays readable.
  if (!assignment) return [];
  const cadence = assignment.cadence ?? readCadenceDefaults(db)[kind];
  const reopened = reopenedPeriodIds(db, organizationId, now);
  return db
    .select(periodWithClosingColumns)
    .from(reportingPeriods)
    .where(eq(reportingPeriods.resolutionId, assignment.resolutionId))
    .orderBy(asc(reportingPeriods.startsOn), asc(reportingPeriods.endsOn))
    .all()
    .filter((p) => p.id === keepPeriodId || !p.closed || reopened.has(p.id))
    .map((p) => ({
      id: p.id,
      code: p.code,
      kind: p.kind,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      dueOn: p.dueOn,
      asked: asksFor(cadence, p.kind),
    }));
}
