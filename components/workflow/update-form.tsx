'use client';

import { useActionState } from 'react';
import type { PeriodKind } from '@/lib/domain';
import { initialActionState, type ActionState } from '@/lib/action-state';
import type { Locale } from '@/lib/i18n/locale';
import type { WorkflowMessages } from '@/lib/i18n/messages/workflow';
import { localePath } from '@/lib/i18n/locale-path';

/** `asked`: the item's cadence asks for this period (listed first). */
export type PeriodOption = { id: number; label: string; kind: PeriodKind; asked?: boolean };

export type UpdateFormInitial = {
  id: number | null;
  version: number | null;
  periodId: number | null;
  value: string;
  /** 'estimate' | 'official', or '' (not said: decided by whether the period has ended). */
  figureKind: string;
  note: string;
  taskStatus: string;
  progress: string;
  narrative: string;
};

type Props = {
  locale: Locale;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  t: WorkflowMessages;
  kind: 'target' | 'task';
  subjectId: number;
  unit: string | null;
  rangeHint: string | null;
  periods: PeriodOption[];
  initial: UpdateFormInitial;
};

const input = 'w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700';
const statuses = ['not_started', 'on_track', 'at_risk', 'done'] as const;
// The periods the item's cadence asks for come first; the others by kind, for an extra update.
const periodGroups = [
  ['half', 'halves'],
  ['year', 'years'],
  ['quarter', 'quarters'],
  ['month', 'months'],
] as const;

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <p id={id} aria-live="polite" className="min-h-5 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}

/** The target or task update form: save a draft or submit; what was typed survives a refusal. */
export function UpdateForm({ locale, action, t, kind, subjectId, unit, rangeHint, periods, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const v = (name: keyof UpdateFormInitial) => state.values[name] ?? String(initial[name] ?? '');
  const err = state.fieldErrors;
  const invalid = (name: string) => (err[name] ? true : undefined);
  // The action marks a version conflict so the form can offer the latest version beside the kept input.
  const stale = err.conflict === '1';

  return (
    <form action={formAction} noValidate className="space-y-3" data-testid="update-form">
      <input type="hidden" name="id" value={initial.id ?? ''} />
      <input type="hidden" name="version" value={initial.version ?? ''} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="subjectId" value={subjectId} />

      <div>
        <label htmlFor="periodId" className="mb-1 block font-medium">
          {t.period}
        </label>
        <select
          id="periodId"
          name="periodId"
          defaultValue={v('periodId')}
          key={`p-${v('periodId')}`}
          className={input}
          aria-invalid={invalid('periodId')}
          aria-describedby="periodId-error"
        >
          <option value="">{t.choosePeriod}</option>
          {periods.some((p) => p.asked) ? (
            <optgroup label={t.askedPeriods}>
              {periods
                .filter((p) => p.asked)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
            </optgroup>
          ) : null}
          {periodGroups.map(([group, label]) =>
            periods.some((p) => !p.asked && p.kind === group) ? (
              <optgroup key={group} label={t[label]}>
                {periods
                  .filter((p) => !p.asked && p.kind === group)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
              </optgroup>
            ) : null,
          )}
        </select>
        <FieldError id="periodId-error" message={err.periodId} />
        {err.existingId ? (
          <a
            href={localePath(locale, `/dashboard/updates/${err.existingId}`)}
            className="text-sm font-medium text-blue-800 underline"
          >
            {t.openExisting}
          </a>
        ) : null}
      </div>

      {kind === 'target' ? (
        <>
          <div>
            <label htmlFor="value" className="mb-1 block font-medium">
              {t.value}
              {unit ? ` (${unit})` : ''}
            </label>
            <div className="flex items-center gap-2">
              <input
                id="value"
                name="value"
                inputMode="decimal"
                autoComplete="off"
                defaultValue={v('value')}
                key={`v-${v('value')}`}
                className={`${input} max-w-48`}
                aria-invalid={invalid('value')}
                aria-describedby="value-hint value-error"
              />
              {unit ? <span className="font-medium">{unit}</span> : null}
            </div>
            <p id="value-hint" className="text-sm text-stone-700">
              {t.valueHint} {rangeHint}
            </p>
            <FieldError id="value-error" message={err.value} />
          </div>
          <fieldset aria-describedby="figureKind-hint">
            <legend className="mb-1 font-medium">{t.figureKind}</legend>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {(['estimate', 'official'] as const).map((k) => (
                <label key={k} className="flex min-h-11 items-center gap-2">
                  <input
                    type="radio"
                    name="figureKind"
                    value={k}
                    defaultChecked={v('figureKind') === k}
                    key={`fk-${k}-${v('figureKind')}`}
                    className="h-5 w-5"
                  />
                  {k === 'estimate' ? t.figureEstimate : t.figureOfficial}
                </label>
              ))}
            </div>
            <p id="figureKind-hint" className="text-sm text-stone-700">
              {t.figureKindHint}
            </p>
            <FieldError id="figureKind-error" message={err.figureKind} />
          </fieldset>
          <div>
            <label htmlFor="note" className="mb-1 block font-medium">
              {t.note}
            </label>
            <textarea
              id="note"
              name="note"
              rows={3}
              maxLength={2000}
              defaultValue={v('note')}
              key={`n-${v('note')}`}
              className={input}
              aria-invalid={invalid('note')}
              aria-describedby="note-error"
            />
            <FieldError id="note-error" message={err.note} />
          </div>
        </>
      ) : (
        <>
          <div>
            <label htmlFor="taskStatus" className="mb-1 block font-medium">
              {t.taskStatus}
            </label>
            <select
              id="taskStatus"
              name="taskStatus"
              defaultValue={v('taskStatus')}
              key={`s-${v('taskStatus')}`}
              className={input}
              aria-invalid={invalid('taskStatus')}
              aria-describedby="taskStatus-error"
            >
              <option value="">{t.chooseStatus}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t[`task_${s}`]}
                </option>
              ))}
            </select>
            <FieldError id="taskStatus-error" message={err.taskStatus} />
          </div>
          <div>
            <label htmlFor="progress" className="mb-1 block font-medium">
              {t.progress}
            </label>
            <input
              id="progress"
              name="progress"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              defaultValue={v('progress')}
              key={`g-${v('progress')}`}
              className={`${input} max-w-32`}
              aria-invalid={invalid('progress')}
              aria-describedby="progress-error"
            />
            <FieldError id="progress-error" message={err.progress} />
          </div>
          <div>
            <label htmlFor="narrative" className="mb-1 block font-medium">
              {t.narrative}
            </label>
            <textarea
              id="narrative"
              name="narrative"
              rows={5}
              maxLength={5000}
              defaultValue={v('narrative')}
              key={`r-${v('narrative')}`}
              className={input}
              aria-invalid={invalid('narrative')}
              aria-describedby="narrative-error"
            />
            <FieldError id="narrative-error" message={err.narrative} />
          </div>
        </>
      )}

      <div
        id="update-message"
        aria-live="polite"
        data-testid="form-message"
        className="min-h-6 font-medium text-red-800"
      >
        {!state.ok && state.message ? <p>{state.message}</p> : null}
        {stale && initial.id !== null ? (
          <a
            href={localePath(locale, `/dashboard/updates/${initial.id}`)}
            target="_blank"
            rel="noopener"
            className="text-blue-800 underline"
          >
            {t.openLatest}
          </a>
        ) : null}
      </div>

      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="save"
          disabled={pending}
          className="min-h-11 rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 disabled:opacity-60"
        >
          {pending ? t.saving : t.saveDraft}
        </button>
        <button
          type="submit"
          name="intent"
          value="submit"
          disabled={pending}
          className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {pending ? t.saving : t.submit}
        </button>
      </div>
    </form>
  );
}
