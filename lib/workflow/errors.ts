// Every reason the workflow may refuse a write, as codes the pages turn into sentences in the
// reader's language (lib/i18n/messages/workflow-errors.ts), each tied to the field it is about.
import type { RefusalCode } from './state-machine';

export type WorkflowErrorCode =
  | RefusalCode
  /** Someone saved, submitted or reviewed the update after this form was loaded. */
  | 'stale_version'
  | 'invalid_period'
  /** The subject belongs to an earlier year's resolution: archived, closed to new updates. */
  | 'archived'
  /** An update of the chair's own organization in a bulk approval: approved one by one only. */
  | 'self_review_bulk'
  /** The organization already has an open update on this subject for the period. */
  | 'duplicate_open'
  | 'value_required'
  | 'below_min'
  | 'above_max'
  | 'status_required'
  | 'progress_required'
  | 'done_needs_full_progress'
  | 'narrative_required'
  /** The chair has closed the period (chốt số liệu) and not reopened it for this organization. */
  | 'period_closed'
  /** A target figure must say whether it is an estimate or official. */
  | 'figure_kind_required';

export type WorkflowField = 'periodId' | 'value' | 'figureKind' | 'taskStatus' | 'progress' | 'narrative' | 'reason';

const fieldOf: Partial<Record<WorkflowErrorCode, WorkflowField>> = {
  invalid_period: 'periodId',
  duplicate_open: 'periodId',
  value_required: 'value',
  below_min: 'value',
  above_max: 'value',
  status_required: 'taskStatus',
  progress_required: 'progress',
  done_needs_full_progress: 'progress',
  narrative_required: 'narrative',
  reason_required: 'reason',
  period_closed: 'periodId',
  figure_kind_required: 'figureKind',
};

/** The form field an error belongs to, or null for an error about the whole update. */
export function errorField(code: WorkflowErrorCode): WorkflowField | null {
  return fieldOf[code] ?? null;
}

export type WorkflowFailure = {
  ok: false;
  code: WorkflowErrorCode;
  /** The other open update, for 'duplicate_open'. */
  existingId?: number;
  /** The bound that was crossed, for 'below_min' and 'above_max'. */
  bound?: number;
};
