'use client';

import { useActionState } from 'react';
import { initialActionState, type ActionState } from '@/lib/action-state';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function Result({ id, state }: { id: string; state: ActionState }) {
  return (
    <p id={id} aria-live="polite" className={`text-sm font-medium ${state.ok ? 'text-green-900' : 'text-red-800'}`}>
      {state.message}
    </p>
  );
}

/** Closes one period; the chair ticks a confirmation first (a close is not undone, only reopened per organization). */
export function ClosePeriodForm(props: {
  action: Action;
  periodId: number;
  code: string;
  confirmLabel: string;
  closeLabel: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, initialActionState);
  const id = `close-${props.periodId}`;
  return (
    <form action={formAction} noValidate className="space-y-2" data-testid={`close-form-${props.code}`}>
      <input type="hidden" name="periodId" value={props.periodId} />
      <input type="hidden" name="code" value={props.code} />
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          className="h-5 w-5"
          aria-invalid={state.fieldErrors.confirm ? true : undefined}
          aria-describedby={`${id}-result`}
        />
        {props.confirmLabel}
      </label>
      {state.fieldErrors.confirm ? <p className="text-sm text-red-800">{state.fieldErrors.confirm}</p> : null}
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded bg-red-800 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {props.closeLabel}
      </button>
      <Result id={`${id}-result`} state={state} />
    </form>
  );
}

type ReopenTexts = {
  reopenTitle: string;
  organization: string;
  chooseOrganization: string;
  reason: string;
  days: string;
  reopen: string;
};

/** Reopens a closed period for one organization, with the chair's reason and a time limit in days. */
export function ReopenPeriodForm(props: {
  action: Action;
  periodId: number;
  code: string;
  organizations: { id: number; name: string }[];
  t: ReopenTexts;
}) {
  const [state, formAction, pending] = useActionState(props.action, initialActionState);
  const id = `reopen-${props.periodId}`;
  const err = state.fieldErrors;
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-2 rounded border border-stone-300 bg-stone-50 p-3"
      aria-label={props.t.reopenTitle}
      data-testid={`reopen-form-${props.code}`}
    >
      <p className="font-semibold">{props.t.reopenTitle}</p>
      <input type="hidden" name="periodId" value={props.periodId} />
      <input type="hidden" name="code" value={props.code} />
      <div>
        <label htmlFor={`${id}-org`} className="block text-sm font-medium">
          {props.t.organization}
        </label>
        <select
          id={`${id}-org`}
          name="organizationId"
          defaultValue={state.values.organizationId ?? ''}
          key={`org-${state.values.organizationId ?? ''}-${state.ok}`}
          aria-invalid={err.organizationId ? true : undefined}
          aria-describedby={`${id}-org-error`}
          className="block w-full rounded border border-stone-400 bg-white px-2 py-2 text-base"
        >
          <option value="">{props.t.chooseOrganization}</option>
          {props.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <p id={`${id}-org-error`} className="text-sm text-red-800">
          {err.organizationId}
        </p>
      </div>
      <div>
        <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
          {props.t.reason}
        </label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          maxLength={500}
          defaultValue={state.ok ? '' : (state.values.reason ?? '')}
          key={`reason-${state.ok}-${state.message ?? ''}`}
          aria-invalid={err.reason ? true : undefined}
          aria-describedby={`${id}-reason-error`}
          className="block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-base"
        />
        <p id={`${id}-reason-error`} className="text-sm text-red-800">
          {err.reason}
        </p>
      </div>
      <div>
        <label htmlFor={`${id}-days`} className="block text-sm font-medium">
          {props.t.days}
        </label>
        <input
          id={`${id}-days`}
          name="days"
          type="number"
          min={1}
          max={30}
          defaultValue={state.values.days ?? '7'}
          aria-invalid={err.days ? true : undefined}
          aria-describedby={`${id}-days-error`}
          className="block w-28 rounded border border-stone-400 bg-white px-2 py-1.5 text-base"
        />
        <p id={`${id}-days-error`} className="text-sm text-red-800">
          {err.days}
        </p>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {props.t.reopen}
      </button>
      <Result id={`${id}-result`} state={state} />
    </form>
  );
}
