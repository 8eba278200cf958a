'use client';

import { useActionState } from 'react';
import { initialActionState, type ActionState } from '@/lib/action-state';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type ReviewLabels = {
  approve: string;
  approving: string;
  returnOpen: string;
  returnReason: string;
  returnSubmit: string;
  returning: string;
};

function Message({ state, testId }: { state: ActionState; testId: string }) {
  return (
    <p aria-live="polite" data-testid={testId} className={`min-h-5 text-sm font-medium ${state.ok ? 'text-green-900' : 'text-red-800'}`}>
      {state.message}
    </p>
  );
}

/** Approve, or return with a required reason, one report at the version the chair is looking at. */
export function ReviewControls({ id, version, labels, approveAction, returnAction }: { id: number; version: number; labels: ReviewLabels; approveAction: Action; returnAction: Action }) {
  const [approveState, approve, approving] = useActionState(approveAction, initialActionState);
  const [returnState, giveBack, returning] = useActionState(returnAction, initialActionState);
  const reasonError = returnState.fieldErrors.reason;
  return (
    <div className="space-y-2" data-testid={`review-${id}`}>
      <form action={approve}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <button type="submit" disabled={approving || returning} className="min-h-11 rounded bg-green-800 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {approving ? labels.approving : labels.approve}
        </button>
      </form>
      <Message state={approveState} testId={`approve-message-${id}`} />
      <details className="rounded border border-stone-300 p-2" open={Boolean(reasonError)}>
        <summary className="cursor-pointer py-1 font-medium">{labels.returnOpen}</summary>
        <form action={giveBack} className="mt-2 space-y-2" noValidate>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <label htmlFor={`reason-${id}`} className="block font-medium">{labels.returnReason}</label>
          <textarea
            id={`reason-${id}`}
            name="reason"
            rows={3}
            maxLength={2000}
            defaultValue={returnState.values.reason ?? ''}
            key={returnState.values.reason ?? ''}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`reason-${id}-error`}
            className="w-full rounded border border-stone-400 px-3 py-2 text-base"
          />
          <p id={`reason-${id}-error`} aria-live="polite" className="min-h-5 text-sm font-medium text-red-800">{reasonError}</p>
          <button type="submit" disabled={approving || returning} className="min-h-11 rounded border border-amber-800 bg-white px-4 py-2 font-semibold text-amber-950 disabled:opacity-60">
            {returning ? labels.returning : labels.returnSubmit}
          </button>
        </form>
      </details>
      <Message state={{ ...returnState, message: reasonError ? null : returnState.message }} testId={`return-message-${id}`} />
    </div>
  );
}

/** The bulk form; the checkboxes next to each report belong to it through form="bulk-approve". */
export function BulkApproveForm({ action, label, hint, disabled }: { action: Action; label: string; hint: string; disabled: boolean }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form id="bulk-approve" action={formAction} className="space-y-1">
      <p className="text-sm text-stone-700">{hint}</p>
      <button type="submit" disabled={pending || disabled} className="min-h-11 rounded bg-green-800 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {label}
      </button>
      <p aria-live="polite" data-testid="bulk-message" className={`min-h-5 text-sm font-medium ${state.ok ? 'text-green-900' : 'text-red-800'}`}>
        {state.message}
      </p>
    </form>
  );
}
