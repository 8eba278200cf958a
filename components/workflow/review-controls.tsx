'use client';

import { useActionState, useState } from 'react';
import { initialActionState, type ActionState } from '@/lib/action-state';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type ReviewLabels = {
  approve: string;
  approving: string;
  returnOpen: string;
  returnReason: string;
  returnSubmit: string;
  returning: string;
  /** The link shown inside a closed "return" section before the page is interactive. */
  returnOnPage: string;
};

function Message({ state, testId }: { state: ActionState; testId: string }) {
  return (
    <p aria-live="polite" data-testid={testId} className={state.ok ? 'ws-msg ok' : 'ws-msg'}>
      {state.message}
    </p>
  );
}

type ReturnFormProps = {
  id: number;
  version: number;
  labels: ReviewLabels;
  state: ActionState;
  action: (formData: FormData) => void;
  pending: boolean;
  disabled: boolean;
};

function ReturnForm({ id, version, labels, state, action, pending, disabled }: ReturnFormProps) {
  const reasonError = state.fieldErrors.reason;
  return (
    <form action={action} className="mt-2 space-y-2" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor={`reason-${id}`} className="block font-medium">
        {labels.returnReason}
      </label>
      <textarea
        id={`reason-${id}`}
        name="reason"
        rows={3}
        maxLength={2000}
        defaultValue={state.values.reason ?? ''}
        key={state.values.reason ?? ''}
        aria-invalid={reasonError ? true : undefined}
        aria-describedby={`reason-${id}-error`}
        className="w-full rounded border border-stone-400 px-3 py-2 text-base"
      />
      <p id={`reason-${id}-error`} aria-live="polite" className="ws-msg">
        {reasonError}
      </p>
      <button
        type="submit"
        disabled={disabled}
        className="min-h-11 rounded border border-amber-800 bg-white px-4 py-2 font-semibold text-amber-950 disabled:opacity-60"
      >
        {pending ? labels.returning : labels.returnSubmit}
      </button>
    </form>
  );
}

type ControlsProps = {
  id: number;
  version: number;
  labels: ReviewLabels;
  approveAction: Action;
  returnAction: Action;
  /**
   * In a list (the approval queue) the return form is rendered only once its section is opened:
   * twenty full forms per page were half the page's HTML. Until the page is interactive the
   * closed section holds a link to the update's own page (`updateHref`), which has the whole form.
   */
  deferReturnForm?: { updateHref: string } | false;
};

/** Approve, or return with a required reason, one update at the version the chair is looking at. */
export function ReviewControls({
  id,
  version,
  labels,
  approveAction,
  returnAction,
  deferReturnForm = false,
}: ControlsProps) {
  const [approveState, approve, approving] = useActionState(approveAction, initialActionState);
  const [returnState, giveBack, returning] = useActionState(returnAction, initialActionState);
  const [opened, setOpened] = useState(false);
  const reasonError = returnState.fieldErrors.reason;
  const showForm = !deferReturnForm || opened || returnState !== initialActionState;
  return (
    <div className="mt-2 space-y-2" data-testid={`review-${id}`}>
      <form action={approve}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <button type="submit" disabled={approving || returning} className="ws-approve">
          {approving ? labels.approving : labels.approve}
        </button>
      </form>
      <Message state={approveState} testId={`approve-message-${id}`} />
      <details
        className="ws-fold"
        open={Boolean(reasonError)}
        onToggle={(event) => setOpened(event.currentTarget.open)}
      >
        <summary>{labels.returnOpen}</summary>
        {showForm ? (
          <ReturnForm
            id={id}
            version={version}
            labels={labels}
            state={returnState}
            action={giveBack}
            pending={returning}
            disabled={approving || returning}
          />
        ) : (
          <a href={deferReturnForm ? deferReturnForm.updateHref : undefined} className="ws-link">
            {labels.returnOnPage}
          </a>
        )}
      </details>
      <Message
        state={{ ...returnState, message: reasonError ? null : returnState.message }}
        testId={`return-message-${id}`}
      />
    </div>
  );
}

/**
 * The bulk form; the checkboxes next to each update belong to it through form="bulk-approve".
 * Publishing many figures at once is confirmed: the first press says how many, the second
 * (the confirm button, carrying that number) approves them.
 */
export function BulkApproveForm({
  action,
  label,
  hint,
  disabled,
  confirmLabel,
  cancelLabel,
}: {
  action: Action;
  label: string;
  hint: string;
  disabled: boolean;
  /** "Xác nhận duyệt {n} báo cáo" */
  confirmLabel: string;
  cancelLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const [dismissed, setDismissed] = useState<ActionState | null>(null);
  const confirm = dismissed === state ? undefined : state.values.confirm;
  return (
    <form id="bulk-approve" action={formAction} className="space-y-1">
      <p className="text-sm text-stone-700">{hint}</p>
      {confirm ? (
        <div className="flex flex-wrap gap-2">
          {/* React resets the form (and the boxes that belong to it) after the first press: the
              selection travels on as hidden fields, so the confirmation approves exactly it. */}
          {Object.entries(state.values)
            .filter(([name]) => /^item-\d{1,12}$/.test(name))
            .map(([name, version]) => (
              <input key={name} type="hidden" name={name} value={version} />
            ))}
          <button type="submit" name="confirm" value={confirm} disabled={pending} className="ws-approve">
            {confirmLabel.replace('{n}', confirm)}
          </button>
          <button
            type="button"
            onClick={() => setDismissed(state)}
            className="min-h-11 rounded border border-stone-500 bg-white px-4 py-2"
          >
            {cancelLabel}
          </button>
        </div>
      ) : (
        <button type="submit" disabled={pending || disabled} className="ws-approve">
          {label}
        </button>
      )}
      <p aria-live="polite" data-testid="bulk-message" className={state.ok ? 'ws-msg ok' : 'ws-msg'}>
        {dismissed === state ? null : state.message}
      </p>
    </form>
  );
}
