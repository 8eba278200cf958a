import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb } from '../client';
import { assignments, organizations, reportingPeriods, updates } from '../schema';
import type { Actor } from './periods';
import { figureColumns, updateAuthor, updateReviewer, type UpdateFigures } from './update-columns';
import { assertRole } from './role-checks';
import { loadSubject, type SubjectKind, type Subject } from './subjects';

// Every approved figure of one target or task over time, with who reported it and who approved
// it: the trail behind each number on the public page. Approved figures are public; the names
// of author and approver are for the signed-in workspace only.

export const historyLimit = 200;

export type HistoryEntry = UpdateFigures & {
  id: number;
  periodCode: string;
  role: 'lead' | 'coordinate';
  organizationName: string;
  authorName: string;
  submittedAt: Date | null;
  reviewerName: string | null;
  reviewedAt: Date | null;
};

export type SubjectHistory = {
  subject: Subject;
  organizations: { id: number; code: string; name: string; role: 'lead' | 'coordinate' }[];
  /** The current user's organization's part, when it is assigned. */
  ownRole: 'lead' | 'coordinate' | null;
  entries: HistoryEntry[];
};

/** Null when no such target or task exists (for anyone); the administrator is refused (AuthError 403). */
export function getSubjectHistory(user: Actor, kind: SubjectKind, subjectId: number): SubjectHistory | null {
  assertRole(user, ['officer', 'chair']);
  const db = getDb();
  const subject = loadSubject(db, kind, subjectId);
  if (!subject) return null;
  const bySubject = kind === 'target' ? eq(assignments.targetId, subjectId) : eq(assignments.taskId, subjectId);
  const orgs = db
    .select({ id: organizations.id, code: organizations.code, name: organizations.name, role: assignments.role })
    .from(assignments)
    .innerJoin(organizations, eq(organizations.id, assignments.organizationId))
    .where(bySubject)
    .orderBy(desc(assignments.role), asc(organizations.sortOrder))
    .all();
  const entries = db
    .select({
      id: updates.id,
      periodCode: reportingPeriods.code,
      role: updates.role,
      organizationName: organizations.name,
      ...figureColumns,
      authorName: updateAuthor.displayName,
      submittedAt: updates.submittedAt,
      reviewerName: updateReviewer.displayName,
      reviewedAt: updates.reviewedAt,
    })
    .from(updates)
    .innerJoin(organizations, eq(organizations.id, updates.organizationId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .innerJoin(updateAuthor, eq(updateAuthor.id, updates.authorId))
    .leftJoin(updateReviewer, eq(updateReviewer.id, updates.reviewerId))
    .where(
      and(
        kind === 'target' ? eq(updates.targetId, subjectId) : eq(updates.taskId, subjectId),
        eq(updates.state, 'approved'),
      ),
    )
    .orderBy(desc(updates.reviewedAt), desc(updates.id))
    .limit(historyLimit)
    .all();
  const ownRole = user.role === 'officer' ? (orgs.find((o) => o.id === user.organizationId)?.role ?? null) : null;
  return { subject, organizations: orgs, ownRole, entries };
}
