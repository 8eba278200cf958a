'use client';

import { useActionState } from 'react';
import { initialActionState, type ActionState } from '@/lib/action-state';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  periodId: number;
  code: string;
  dueOn: string;
  minDate: string;
  label: string;
  saveLabel: string;
};

/** One period's due date; the date the administrator saw travels along to detect a concurrent change. */
export function DueDateForm({ action, periodId, code, dueOn, minDate, label, saveLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const errorId = `due-${periodId}-error`;
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-center gap-2" data-testid={`due-form-${code}`}>
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="expectedDueOn" value={dueOn} />
      <label className="sr-only" htmlFor={`due-${periodId}`}>
        {label}
      </label>
      <input
        id={`due-${periodId}`}
        name="dueOn"
        type="date"
        min={minDate}
        defaultValue={state.values.dueOn ?? dueOn}
        key={`${dueOn}-${state.values.dueOn ?? ''}`}
        aria-invalid={state.fieldErrors.dueOn ? true : undefined}
        aria-describedby={errorId}
        className="rounded border border-stone-400 px-2 py-1.5 text-base"
      />
      <button
        type="submit"
        disabled={pending}
        className="min-h-10 rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800 disabled:opacity-60"
      >
        {saveLabel}
      </button>
      <p
        id={errorId}
        aria-live="polite"
        className={`w-full text-sm font-medium ${state.ok ? 'text-green-900' : 'text-red-800'}`}
      >
        {state.message}
      </p>
    </form>
  );
}
