import 'server-only';
import type { SubjectKind, TargetDirection } from '@/lib/domain';
import { and, eq } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { AuthError } from '@/lib/auth/auth-error';
import type { CurrentUser } from './session';
import { assertOfficer } from './role-checks';
import { assignments, reportingPeriods, targets, taskGroups, tasks } from '../schema';

// What an update is about: one target or one task, and the organization's part in it.
// Shared by the access files of the workflow; every caller scopes by the current user first.

export type { SubjectKind };
type Reader = Pick<Db, 'select'>;

export type TargetSubject = {
  kind: 'target';
  id: number;
  resolutionId: number;
  code: string;
  name: string;
  targetValue: number | null;
  targetHigh: number | null;
  unit: string;
  direction: TargetDirection;
  extra: string | null;
  minValue: number | null;
  maxValue: number | null;
};

export type TaskSubject = {
  kind: 'task';
  id: number;
  resolutionId: number;
  code: string;
  text: string;
  groupNumber: number;
};

export type Subject = TargetSubject | TaskSubject;

export function loadSubject(db: Reader, kind: SubjectKind, id: number): Subject | null {
  if (kind === 'target') {
    const row = db
      .select({
        id: targets.id,
        resolutionId: targets.resolutionId,
        code: targets.code,
        name: targets.name,
        targetValue: targets.targetValue,
        targetHigh: targets.targetHigh,
        unit: targets.unit,
        direction: targets.direction,
        extra: targets.extra,
        minValue: targets.minValue,
        maxValue: targets.maxValue,
      })
      .from(targets)
      .where(eq(targets.id, id))
      .get();
    return row ? { kind: 'target', ...row } : null;
  }
  const row = db
    .select({
      id: tasks.id,
      resolutionId: taskGroups.resolutionId,
      code: tasks.code,
      text: tasks.text,
      groupNumber: taskGroups.number,
    })
    .from(tasks)
    .innerJoin(taskGroups, eq(taskGroups.id, tasks.groupId))
    .where(eq(tasks.id, id))
    .get();
  return row ? { kind: 'task', ...row } : null;
}

/** The organization's part in a target or task, or null when it is not assigned to it. */
export function assignmentRole(
  db: Reader,
  organizationId: number,
  kind: SubjectKind,
  subjectId: number,
): 'lead' | 'coordinate' | null {
  const subject = kind === 'target' ? eq(assignments.targetId, subjectId) : eq(assignments.taskId, subjectId);
  const row = db
    .select({ role: assignments.role })
    .from(assignments)
    .where(and(eq(assignments.organizationId, organizationId), subject))
    .get();
  return row?.role ?? null;
}

/** The period when it belongs to the resolution of the subject. */
export function periodOf(db: Reader, resolutionId: number, periodId: number) {
  return (
    db
      .select({ id: reportingPeriods.id, code: reportingPeriods.code, endsOn: reportingPeriods.endsOn })
      .from(reportingPeriods)
      .where(and(eq(reportingPeriods.id, periodId), eq(reportingPeriods.resolutionId, resolutionId)))
      .get() ?? null
  );
}

export type AssignedSubject = { subject: Subject; role: 'lead' | 'coordinate' };

/**
 * For the update form: the subject when the officer's organization is assigned to it. AuthError
 * 403 for anyone but an officer, 404 for a subject the organization is not assigned to.
 */
export function getAssignedSubject(
  user: Pick<CurrentUser, 'role' | 'organizationId'>,
  kind: SubjectKind,
  subjectId: number,
): AssignedSubject {
  const organizationId = assertOfficer(user);
  const db = getDb();
  const role = assignmentRole(db, organizationId, kind, subjectId);
  const subject = role ? loadSubject(db, kind, subjectId) : null;
  if (!role || !subject) throw new AuthError(404);
  return { subject, role };
}
