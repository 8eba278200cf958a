'use client';

import { useActionState } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/action-state';

type Labels = { label: string; hint: string; submit: string; pending: string };

/** A new comment, or the correction of one (`commentId`): plain text in a textarea. */
export function CommentForm({
  action,
  updateId,
  commentId,
  initial = '',
  labels,
  maxLength,
  testId,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  updateId?: number;
  commentId?: number;
  initial?: string;
  labels: Labels;
  maxLength: number;
  testId: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const fieldId = commentId ? `comment-${commentId}-body` : 'comment-body';
  // A sent comment empties the form; a refused one keeps what was typed.
  const shown = state.ok ? (commentId ? initial : '') : (state.values.body ?? initial);
  return (
    <form action={formAction} noValidate className="space-y-2" data-testid={testId} key={`${state.ok}-${shown.length}`}>
      {updateId ? <input type="hidden" name="updateId" value={updateId} /> : null}
      {commentId ? <input type="hidden" name="commentId" value={commentId} /> : null}
      <FormField id={fieldId} label={labels.label} hint={labels.hint} error={state.fieldErrors.body}>
        {(aria) => <textarea {...aria} name="body" rows={4} maxLength={maxLength} defaultValue={shown} required />}
      </FormField>
      <FormMessage ok={state.ok} message={state.message} testId={`${testId}-message`} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
