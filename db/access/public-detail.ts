import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { reportingPeriods, targets, tasks, updates } from '../schema';
import { publicReport, withApprovalTime } from './public-summary';

/** Approved figures of one target, with their periods (public: the lead's approved reports only). */
export function readTargetHistory(targetId: number, db: Db = getDb()) {
  const rows = db
    .select({
      id: updates.id,
      value: updates.value,
      note: updates.note,
      periodCode: reportingPeriods.code,
      periodEndsOn: reportingPeriods.endsOn,
      reviewedAt: updates.reviewedAt,
    })
    .from(updates)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .where(and(eq(updates.targetId, targetId), eq(updates.kind, 'target'), publicReport))
    .all();
  return withApprovalTime(rows);
}

/** Approved progress reports of one task, with their periods (public: the lead's approved reports only). */
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
    .where(and(eq(updates.taskId, taskId), eq(updates.kind, 'task'), publicReport))
    .all();
  return withApprovalTime(rows);
}

/** Where in the document a target or task comes from ("II.2.1 dòng 8", "III.3 ¶2"). */
export function readSourceRef(kind: 'target' | 'task', id: number, db: Db = getDb()): string | null {
  const row =
    kind === 'target'
      ? db.select({ ref: targets.sourceRef }).from(targets).where(eq(targets.id, id)).get()
      : db.select({ ref: tasks.sourceRef }).from(tasks).where(eq(tasks.id, id)).get();
  return row?.ref ?? null;
}
