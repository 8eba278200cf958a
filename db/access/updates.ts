import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { AuthError } from '@/lib/auth/auth-error';
import type { FigureKind } from '@/lib/domain';
import { wardToday } from '@/lib/workflow/calendar';
import type { WorkflowFailure } from '@/lib/workflow/errors';
import { transition } from '@/lib/workflow/state-machine';
import { checkRange, allowedRange } from '@/lib/workflow/value-range';
import { getDb, type Db } from '../client';
import { updates, type TaskStatus, type UpdateState } from '../schema';
import { writeAudit } from './audit';
import { periodOpenFor } from './period-closing';
import { readCurrentResolution, type Actor } from './periods';
import { assertOfficer } from './role-checks';
import { assignmentRole, loadSubject, periodOf, type SubjectKind, type Subject } from './subjects';

// The officer's side of the workflow: create, edit and submit an update of their organization.
// Each write is one immediate transaction holding the state check, the version check, the row
// and its audit entry; a refusal writes nothing. Someone who is not an officer is refused with
// AuthError 403; another organization's update, or a subject the organization is not assigned
// to, with 404 as for a missing one.

export type UpdateInput = {
  /** null to create an update. */
  id: number | null;
  /** The version the form was loaded with; ignored on create. */
  version: number | null;
  kind: SubjectKind;
  subjectId: number;
  periodId: number;
  value: number | null;
  /** Target updates: an estimate (ước thực hiện) or the official figure (chính thức). */
  figureKind?: FigureKind | null;
  note: string | null;
  taskStatus: TaskStatus | null;
  progress: number | null;
  narrative: string | null;
};

export type SaveResult = { ok: true; id: number; version: number; state: UpdateState } | WorkflowFailure;

const fail = (code: WorkflowFailure['code'], extra: Partial<WorkflowFailure> = {}): WorkflowFailure => ({
  ok: false,
  code,
  ...extra,
});

const contentColumns = {
  id: updates.id,
  kind: updates.kind,
  targetId: updates.targetId,
  taskId: updates.taskId,
  organizationId: updates.organizationId,
  periodId: updates.periodId,
  state: updates.state,
  value: updates.value,
  figureKind: updates.figureKind,
  note: updates.note,
  taskStatus: updates.taskStatus,
  progress: updates.progress,
  narrative: updates.narrative,
  version: updates.version,
};

/** Saves a draft (`intent` 'save') or submits the update to the chair ('submit'). */
export function saveUpdate(user: Actor, input: UpdateInput, intent: 'save' | 'submit'): SaveResult {
  const orgId = assertOfficer(user);
  try {
    return getDb().transaction((tx) => writeUpdate(tx, user, orgId, input, intent), { behavior: 'immediate' });
  } catch (error) {
    // The one-open-update index is the last line against a twin created by another process.
    if (error instanceof Error && /UNIQUE constraint failed: updates\./.test(error.message))
      return fail('duplicate_open');
    throw error;
  }
}

function writeUpdate(tx: Db, user: Actor, orgId: number, input: UpdateInput, intent: 'save' | 'submit'): SaveResult {
  // 1. The update as it stands, only if it belongs to the user's organization.
  let current: ReturnType<typeof loadOwn> = null;
  if (input.id !== null) {
    current = loadOwn(tx, input.id, orgId);
    const subjectId = current?.kind === 'target' ? current.targetId : current?.taskId;
    if (!current || current.kind !== input.kind || subjectId !== input.subjectId) throw new AuthError(404);
  }

  // 2. The state machine, then the version the form was loaded with.
  const decision = transition(
    intent,
    user,
    current ? { state: current.state, organizationId: current.organizationId } : null,
  );
  if (!decision.ok) return fail(decision.code);
  if (current && current.version !== input.version) return fail('stale_version');

  // 3. The organization must (still) be assigned to the subject; its part is recorded.
  const role = assignmentRole(tx, orgId, input.kind, input.subjectId);
  const subject = role ? loadSubject(tx, input.kind, input.subjectId) : null;
  if (!role || !subject) throw new AuthError(404);
  // An earlier year's resolution is an archive: read-only, whatever the client sends.
  if (readCurrentResolution(tx)?.id !== subject.resolutionId) return fail('archived');
  const period = periodOf(tx, subject.resolutionId, input.periodId);
  if (!period) return fail('invalid_period');
  // 3b. Cut-off: a closed period takes nothing more, unless the chair reopened it for this
  // organization and the reopening still runs (checked here, so an old form replayed is refused).
  if (!periodOpenFor(tx, period.id, orgId, new Date())) return fail('period_closed');
  const problem = checkContent(subject, input, intent);
  if (problem) return problem;

  // 4. One open update per organization, subject and period.
  const twin = tx
    .select({ id: updates.id })
    .from(updates)
    .where(
      and(
        input.kind === 'target' ? eq(updates.targetId, input.subjectId) : eq(updates.taskId, input.subjectId),
        eq(updates.organizationId, orgId),
        eq(updates.periodId, input.periodId),
        ne(updates.state, 'approved'),
        current ? ne(updates.id, current.id) : undefined,
      ),
    )
    .get();
  if (twin) return fail('duplicate_open', { existingId: twin.id });

  // 5. The row and its audit entry.
  const now = new Date();
  const content =
    input.kind === 'target'
      ? {
          value: input.value,
          // Not said: a figure filed before its period ends can only be an estimate.
          figureKind: input.figureKind ?? (wardToday() < period.endsOn ? 'estimate' : 'official'),
          note: input.note,
          taskStatus: null,
          progress: null,
          narrative: null,
        }
      : {
          value: null,
          figureKind: null,
          note: null,
          taskStatus: input.taskStatus,
          progress: input.progress,
          narrative: input.narrative,
        };
  const submitted = decision.to === 'submitted' ? { submittedAt: now, reviewerId: null, reviewedAt: null } : {};
  let id: number;
  let version: number;
  if (current) {
    const changed = tx
      .update(updates)
      .set({
        ...content,
        ...submitted,
        periodId: input.periodId,
        role,
        state: decision.to,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(updates.id, current.id), eq(updates.version, current.version)))
      .run().changes;
    if (changed !== 1) return fail('stale_version');
    id = current.id;
    version = current.version + 1;
  } else {
    const row = tx
      .insert(updates)
      .values({
        ...content,
        ...submitted,
        kind: input.kind,
        targetId: input.kind === 'target' ? input.subjectId : null,
        taskId: input.kind === 'task' ? input.subjectId : null,
        organizationId: orgId,
        periodId: input.periodId,
        role,
        state: decision.to,
        authorId: user.id,
        updatedAt: now,
      })
      .returning({ id: updates.id, version: updates.version })
      .get();
    id = row.id;
    version = row.version;
  }
  writeAudit(tx, {
    actorId: user.id,
    action: intent === 'submit' ? 'update.submit' : current ? 'update.save' : 'update.create',
    entityType: 'update',
    entityId: id,
    details: {
      from: current?.state ?? null,
      to: decision.to,
      version,
      changes: changes(current, { ...content, periodId: input.periodId }),
    },
  });
  return { ok: true, id, version, state: decision.to };
}

function loadOwn(tx: Db, id: number, orgId: number) {
  return (
    tx
      .select(contentColumns)
      .from(updates)
      .where(and(eq(updates.id, id), eq(updates.organizationId, orgId)))
      .get() ?? null
  );
}

/** Drafts may be partial; a submitted update must be complete. Ranges always apply. */
function checkContent(subject: Subject, input: UpdateInput, intent: 'save' | 'submit'): WorkflowFailure | null {
  const complete = intent === 'submit';
  if (subject.kind === 'target') {
    if (input.value === null) return complete ? fail('value_required') : null;
    const range = allowedRange(subject);
    const problem = checkRange(input.value, range);
    if (problem === 'below_min') return fail('below_min', { bound: range.min ?? undefined });
    if (problem === 'above_max') return fail('above_max', { bound: range.max ?? undefined });
    return null;
  }
  if (complete && input.taskStatus === null) return fail('status_required');
  if (complete && input.progress === null) return fail('progress_required');
  if (input.taskStatus === 'done' && input.progress !== null && input.progress !== 100)
    return fail('done_needs_full_progress');
  if (complete && !input.narrative?.trim()) return fail('narrative_required');
  return null;
}

type Content = Record<string, unknown>;

/** Field-by-field before/after of an edit, for the audit log. */
function changes(before: Content | null, after: Content): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before ? before[key] : null;
    if (old !== value) out[key] = { before: old ?? null, after: value ?? null };
  }
  return out;
}
