// The life of one update, as pure rules: which action moves it from which state
// to which, and who may take it. The data layer asks these rules before every write and writes
// nothing when they refuse.
//
//   (new) ──save──▶ draft ──submit──▶ submitted ──approve──▶ approved (immutable)
//                     ▲                   │
//                     └──save── returned ◀┘ return (the chair's reason is required)
//
// Saving a returned update makes it a draft again (its reason stays on record); submitting a
// draft or a returned update sends it back to the chair. An approved update is never changed:
// a correction is a new update.
import type { UpdateState } from '@/lib/domain';

export type WorkflowAction = 'save' | 'submit' | 'approve' | 'return';

export type WorkflowActor = { role: 'officer' | 'chair' | 'admin'; organizationId: number | null };

/** The update as it stands; null when the action would create it. */
export type WorkflowSubject = { state: UpdateState; organizationId: number } | null;

export type RefusalCode =
  /** The actor's role may never take this action. */
  | 'forbidden'
  /** Another organization's update: indistinguishable from a missing one. */
  | 'not_found'
  /** Approve or return something that does not exist yet. */
  | 'missing'
  /** The author tries to change an update the chair is reviewing. */
  | 'locked_submitted'
  /** Anyone tries to change an approved update. */
  | 'immutable_approved'
  /** The chair acts on an update that was never submitted (a draft or a returned one). */
  | 'not_submitted'
  | 'already_approved'
  | 'already_returned'
  | 'reason_required';

export type TransitionResult = { ok: true; to: UpdateState } | { ok: false; code: RefusalCode };

export const returnReasonMaxLength = 2000;

const authorActions: readonly WorkflowAction[] = ['save', 'submit'];

/** Decides one transition. `reason` matters only for 'return'. */
export function transition(
  action: WorkflowAction,
  actor: WorkflowActor,
  subject: WorkflowSubject,
  reason?: string | null,
): TransitionResult {
  if (authorActions.includes(action)) return authorTransition(action, actor, subject);
  return chairTransition(action, actor, subject, reason);
}

function authorTransition(action: WorkflowAction, actor: WorkflowActor, subject: WorkflowSubject): TransitionResult {
  if (actor.role !== 'officer' || actor.organizationId === null) return refuse('forbidden');
  if (subject && subject.organizationId !== actor.organizationId) return refuse('not_found');
  const state = subject?.state ?? null;
  if (state === 'approved') return refuse('immutable_approved');
  if (state === 'submitted') return refuse('locked_submitted');
  // null (new), draft or returned.
  return { ok: true, to: action === 'save' ? 'draft' : 'submitted' };
}

function chairTransition(
  action: WorkflowAction,
  actor: WorkflowActor,
  subject: WorkflowSubject,
  reason: string | null | undefined,
): TransitionResult {
  if (actor.role !== 'chair') return refuse('forbidden');
  if (!subject) return refuse('missing');
  if (subject.state === 'approved') return refuse('already_approved');
  if (subject.state === 'returned') return refuse('already_returned');
  if (subject.state === 'draft') return refuse('not_submitted');
  if (action === 'return') {
    if (!isValidReturnReason(reason)) return refuse('reason_required');
    return { ok: true, to: 'returned' };
  }
  return { ok: true, to: 'approved' };
}

/** A reason must say something: blank or whitespace-only is refused, and so is an essay. */
export function isValidReturnReason(reason: string | null | undefined): reason is string {
  if (typeof reason !== 'string') return false;
  const trimmed = reason.trim();
  return trimmed.length > 0 && trimmed.length <= returnReasonMaxLength;
}

/** The states in which the author's organization may still change an update. */
export function isEditableState(state: UpdateState): boolean {
  return state === 'draft' || state === 'returned';
}

function refuse(code: RefusalCode): TransitionResult {
  return { ok: false, code };
}
