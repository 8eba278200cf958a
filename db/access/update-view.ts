import 'server-only';
import { and, asc, desc, eq, ne, type SQL } from 'drizzle-orm';
import { AuthError } from '@/lib/auth/auth-error';
import { isEditableState } from '@/lib/workflow/state-machine';
import { getDb } from '../client';
import { evidenceFiles, organizations, reportingPeriods, updates, type UpdateState } from '../schema';
import type { Actor } from './periods';
import { figureColumns, updateAuthor, updateReviewer, type UpdateFigures } from './update-columns';
import { assertOfficer } from './role-checks';
import { loadSubject, type Subject } from './subjects';

// One update as its readers see it: the officers of its organization (who may edit it while it
// is a draft or returned) and the chair. Anyone else is refused (AuthError): the administrator
// with 403, another organization's officer with 404, as for a missing update.

export type EvidenceItem = { id: number; fileName: string; mimeType: string; size: number; createdAt: Date };

export type UpdateView = UpdateFigures & {
  id: number;
  version: number;
  kind: 'target' | 'task';
  state: UpdateState;
  role: 'lead' | 'coordinate';
  subject: Subject;
  organizationId: number;
  organizationName: string;
  periodId: number;
  periodCode: string;
  authorName: string;
  reviewerName: string | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  returnReason: string | null;
  updatedAt: Date;
  evidence: EvidenceItem[];
  /** The current user may change it (their organization's draft or returned update). */
  editable: boolean;
};

/** Where a user may read an update: their organization's, or any for the chair; AuthError 403 for anyone else. */
export function readableScope(user: Actor): SQL | undefined {
  if (user.role === 'chair') return undefined;
  return eq(updates.organizationId, assertOfficer(user));
}

export function getUpdateView(user: Actor, id: number): UpdateView {
  const scope = readableScope(user);
  const db = getDb();
  const row = db
    .select({
      id: updates.id,
      version: updates.version,
      kind: updates.kind,
      state: updates.state,
      role: updates.role,
      targetId: updates.targetId,
      taskId: updates.taskId,
      organizationId: updates.organizationId,
      organizationName: organizations.name,
      periodId: updates.periodId,
      periodCode: reportingPeriods.code,
      ...figureColumns,
      authorName: updateAuthor.displayName,
      reviewerName: updateReviewer.displayName,
      submittedAt: updates.submittedAt,
      reviewedAt: updates.reviewedAt,
      returnReason: updates.returnReason,
      updatedAt: updates.updatedAt,
    })
    .from(updates)
    .innerJoin(organizations, eq(organizations.id, updates.organizationId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .innerJoin(updateAuthor, eq(updateAuthor.id, updates.authorId))
    .leftJoin(updateReviewer, eq(updateReviewer.id, updates.reviewerId))
    .where(and(eq(updates.id, id), scope))
    .get();
  if (!row) throw new AuthError(404);
  const { targetId, taskId, ...update } = row;
  const subject = loadSubject(db, row.kind, (row.kind === 'target' ? targetId : taskId)!);
  if (!subject) throw new AuthError(404);
  const evidence = db
    .select({
      id: evidenceFiles.id,
      fileName: evidenceFiles.fileName,
      mimeType: evidenceFiles.mimeType,
      size: evidenceFiles.size,
      createdAt: evidenceFiles.createdAt,
    })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.updateId, row.id))
    .orderBy(asc(evidenceFiles.id))
    .all();
  return {
    ...update,
    subject,
    evidence,
    editable: user.role === 'officer' && user.organizationId === row.organizationId && isEditableState(row.state),
  };
}

export type OpenUpdate = {
  id: number;
  state: UpdateState;
  periodCode: string;
  updatedAt: Date;
  returnReason: string | null;
};

/** The organization's updates on one subject that are not approved yet (for its detail page). */
export function listOwnOpenUpdates(user: Actor, kind: 'target' | 'task', subjectId: number): OpenUpdate[] {
  const organizationId = assertOfficer(user);
  return getDb()
    .select({
      id: updates.id,
      state: updates.state,
      periodCode: reportingPeriods.code,
      updatedAt: updates.updatedAt,
      returnReason: updates.returnReason,
    })
    .from(updates)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .where(
      and(
        eq(updates.organizationId, organizationId),
        kind === 'target' ? eq(updates.targetId, subjectId) : eq(updates.taskId, subjectId),
        // Open: not approved; at most one per period (the partial unique indexes).
        ne(updates.state, 'approved'),
      ),
    )
    .orderBy(desc(updates.updatedAt))
    .limit(50)
    .all();
}
