'use client';

import { useActionState } from 'react';
import { initialActionState, type ActionState } from '@/lib/action-state';
import type { JudgementVerdict } from '@/lib/domain';
import type { JudgementMessages } from '@/lib/i18n/messages/judgements';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** One qualitative target's year-end judgement: a verdict (or none) and the chair's remark. */
export function JudgementForm(props: {
  action: Action;
  targetId: number;
  code: string;
  judgement: JudgementVerdict | null;
  note: string | null;
  verdicts: { value: JudgementVerdict; label: string }[];
  t: Pick<JudgementMessages, 'verdict' | 'notJudged' | 'note' | 'noteHint' | 'save' | 'saving'>;
}) {
  const [state, formAction, pending] = useActionState(props.action, initialActionState);
  const id = `judge-${props.targetId}`;
  const err = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="space-y-2" data-testid={`judgement-form-${props.code}`}>
      <input type="hidden" name="targetId" value={props.targetId} />
      <input type="hidden" name="code" value={props.code} />
      <div>
        <label htmlFor={`${id}-verdict`} className="block font-medium">
          {props.t.verdict}
        </label>
        <select
          id={`${id}-verdict`}
          name="judgement"
          defaultValue={state.values.judgement ?? props.judgement ?? ''}
          aria-invalid={err.judgement ? true : undefined}
          aria-describedby={err.judgement ? `${id}-verdict-error` : undefined}
          className="min-h-11 rounded border border-stone-400 bg-white px-2"
        >
          <option value="">{props.t.notJudged}</option>
          {props.verdicts.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </select>
        {err.judgement ? (
          <p id={`${id}-verdict-error`} className="text-sm text-red-800">
            {err.judgement}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="block font-medium">
          {props.t.note}
        </label>
        <p id={`${id}-note-hint`} className="text-sm text-stone-600">
          {props.t.noteHint}
        </p>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={2}
          maxLength={500}
          defaultValue={state.values.note ?? props.note ?? ''}
          aria-invalid={err.note ? true : undefined}
          aria-describedby={`${id}-note-hint${err.note ? ` ${id}-note-error` : ''}`}
          className="w-full rounded border border-stone-400 bg-white px-2 py-1"
        />
        {err.note ? (
          <p id={`${id}-note-error`} className="text-sm text-red-800" data-testid="judgement-note-error">
            {err.note}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? props.t.saving : props.t.save}
      </button>
      <p aria-live="polite" className={`text-sm font-medium ${state.ok ? 'text-green-900' : 'text-red-800'}`}>
        {state.message}
      </p>
    </form>
  );
}
