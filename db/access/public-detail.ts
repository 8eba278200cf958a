import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { assignments, organizations, reportingPeriods, resolutions, targets, tasks, updates } from '../schema';
import { publicUpdate, withApprovalTime } from './public-summary';

/** Approved figures of one target, with their periods (public: the lead's approved updates only). */
export function readTargetHistory(targetId: number, db: Db = getDb()) {
  const rows = db
    .select({
      id: updates.id,
      value: updates.value,
      figureKind: updates.figureKind,
      note: updates.note,
      periodCode: reportingPeriods.code,
      periodEndsOn: reportingPeriods.endsOn,
      reviewedAt: updates.reviewedAt,
    })
    .from(updates)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .where(and(eq(updates.targetId, targetId), eq(updates.kind, 'target'), publicUpdate))
    .all();
  return withApprovalTime(rows);
}

/** Approved progress updates of one task, with their periods (public: the lead's approved updates only). */
export function readTaskHistory(taskId: number, db: Db = getDb()) {
  const rows = db
    .select({
      id: updates.id,
      taskStatus: updates.taskStatus,
      progress: updates.progress,
      narrative: updates.narrative,
      periodCode: reportingPeriods.code,
      periodEndsOn: reportingPeriods.endsOn,
      reviewedAt: updates.reviewedAt,
    })
    .from(updates)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .where(and(eq(updates.taskId, taskId), eq(updates.kind, 'task'), publicUpdate))
    .all();
  return withApprovalTime(rows);
}

/**
 * The coordinating organizations' contributions to a task: each one's latest approved update, for
 * the organizations that coordinate it now. Public (approved updates only), shown apart from the
 * lead's official figure.
 */
export function readTaskContributions(taskId: number, db: Db = getDb()) {
  const rows = db
    .select({
      id: updates.id,
      organizationId: updates.organizationId,
      organization: organizations.name,
      taskStatus: updates.taskStatus,
      progress: updates.progress,
      narrative: updates.narrative,
      periodCode: reportingPeriods.code,
      reviewedAt: updates.reviewedAt,
    })
    .from(updates)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .innerJoin(organizations, eq(organizations.id, updates.organizationId))
    .innerJoin(
      assignments,
      and(
        eq(assignments.taskId, updates.taskId),
        eq(assignments.organizationId, updates.organizationId),
        eq(assignments.role, 'coordinate'),
      ),
    )
    .where(and(eq(updates.taskId, taskId), eq(updates.kind, 'task'), eq(updates.state, 'approved')))
    .orderBy(asc(organizations.sortOrder), desc(reportingPeriods.endsOn), desc(updates.reviewedAt), desc(updates.id))
    .all();
  const seen = new Set<number>();
  return withApprovalTime(rows.filter((r) => !seen.has(r.organizationId) && seen.add(r.organizationId)));
}

/** Where in the document a target or task comes from ("II.2.1 dòng 8", "III.3 ¶2"). */
export function readSourceRef(kind: 'target' | 'task', id: number, db: Db = getDb()): string | null {
  const row =
    kind === 'target'
      ? db.select({ ref: targets.sourceRef }).from(targets).where(eq(targets.id, id)).get()
      : db.select({ ref: tasks.sourceRef }).from(tasks).where(eq(tasks.id, id)).get();
  return row?.ref ?? null;
}

/** The corrected wording the office marked for a typo of the document (null when none). */
export function readErrata(kind: 'target' | 'task', id: number, db: Db = getDb()): string | null {
  const row =
    kind === 'target'
      ? db.select({ errata: targets.errata }).from(targets).where(eq(targets.id, id)).get()
      : db.select({ errata: tasks.errata }).from(tasks).where(eq(tasks.id, id)).get();
  return row?.errata?.trim() || null;
}

/**
 * A target's chain across years, oldest first: the targets linked to it by the office (each year's
 * `previousTargetId`) back to the first and forward to the newest. Public: resolutions only.
 */
export function readTargetChain(targetId: number, db: Db = getDb()): { id: number; year: number }[] {
  const link = (id: number) =>
    db
      .select({ id: targets.id, previous: targets.previousTargetId, year: resolutions.year })
      .from(targets)
      .innerJoin(resolutions, eq(resolutions.id, targets.resolutionId))
      .where(eq(targets.id, id))
      .get();
  const start = link(targetId);
  if (!start) return [];
  const chain = [{ id: start.id, year: start.year }];
  const seen = new Set([start.id]);
  for (let at = start.previous; at !== null && !seen.has(at);) {
    const row = link(at);
    if (!row) break;
    chain.unshift({ id: row.id, year: row.year });
    seen.add(row.id);
    at = row.previous;
  }
  for (let at = start.id; ;) {
    const next = db
      .select({ id: targets.id, year: resolutions.year })
      .from(targets)
      .innerJoin(resolutions, eq(resolutions.id, targets.resolutionId))
      .where(eq(targets.previousTargetId, at))
      .get();
    if (!next || seen.has(next.id)) break;
    chain.push(next);
    seen.add(next.id);
    at = next.id;
  }
  return chain;
}
