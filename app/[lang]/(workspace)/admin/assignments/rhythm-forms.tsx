'use client';

import { useActionState } from 'react';
import { cadences, type Cadence, type SubjectKind } from '@/lib/domain';
import { initialActionState, type ActionState } from '@/lib/action-state';
import type { RhythmMessages } from '@/lib/i18n/messages/rhythm-admin';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const field = 'block rounded border border-stone-400 bg-white px-2 py-2 text-base';
const button = 'min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60';

function Result({ state, testId }: { state: ActionState; testId: string }) {
  return (
    <p
      aria-live="polite"
      data-testid={testId}
      className={`text-sm font-medium ${state.ok ? 'text-green-900' : 'text-red-800'}`}
    >
      {state.message}
    </p>
  );
}

function CadenceOptions({ t }: { t: RhythmMessages }) {
  return cadences.map((c) => (
    <option key={c} value={c}>
      {t[`cadence_${c}`]}
    </option>
  ));
}

/** One item's cadence, plus a target's year-end-only mark or a task's deadline. */
export function ItemRhythmForm(props: {
  action: Action;
  t: RhythmMessages;
  kind: SubjectKind;
  id: number;
  cadence: Cadence | null;
  defaultCadence: Cadence;
  yearEndOnly: boolean;
  deadline: string | null;
  yearEnd: string | null;
}) {
  const { t } = props;
  const [state, formAction, pending] = useActionState(props.action, initialActionState);
  const v = (name: string, fallback: string) => state.values[name] ?? fallback;
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-3 rounded border border-stone-300 bg-white p-3"
      aria-labelledby="rhythm-title"
      data-testid="rhythm-form"
    >
      <h2 id="rhythm-title" className="text-xl font-semibold">
        {t.sectionTitle}
      </h2>
      <p className="text-sm text-stone-700 max-w-prose">{t.sectionIntro}</p>
      <input type="hidden" name="kind" value={props.kind} />
      <input type="hidden" name="id" value={props.id} />
      <div>
        <label htmlFor="cadence" className="block font-medium">
          {t.cadence}
        </label>
        <select id="cadence" name="cadence" defaultValue={v('cadence', props.cadence ?? '')} className={field}>
          <option value="">{t.cadenceDefault.replace('{cadence}', t[`cadence_${props.defaultCadence}`])}</option>
          <CadenceOptions t={t} />
        </select>
      </div>
      {props.kind === 'target' ? (
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="yearEndOnly"
            value="yes"
            defaultChecked={state.values.yearEndOnly ? state.values.yearEndOnly === 'yes' : props.yearEndOnly}
            className="mt-1 h-5 w-5"
          />
          <span>{t.yearEndOnly}</span>
        </label>
      ) : (
        <div>
          <label htmlFor="deadline" className="block font-medium">
            {t.deadline}
          </label>
          <input
            id="deadline"
            name="deadline"
            type="date"
            defaultValue={v('deadline', props.deadline ?? '')}
            aria-describedby="deadline-hint deadline-error"
            aria-invalid={state.fieldErrors.deadline ? true : undefined}
            className={field}
          />
          <p id="deadline-hint" className="text-sm text-stone-700">
            {t.deadlineHint}
            {props.yearEnd ? ` (${props.yearEnd})` : ''}
          </p>
          <p id="deadline-error" className="text-sm text-red-800">
            {state.fieldErrors.deadline}
          </p>
        </div>
      )}
      <button type="submit" disabled={pending} className={button}>
        {t.save}
      </button>
      <Result state={state} testId="rhythm-message" />
    </form>
  );
}

/** The default cadence of targets and of tasks (settings rows). */
export function DefaultCadenceForm(props: { action: Action; t: RhythmMessages; target: Cadence; task: Cadence }) {
  const { t } = props;
  const [state, formAction, pending] = useActionState(props.action, initialActionState);
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-2"
      aria-label={t.defaultsTitle}
      data-testid="cadence-defaults"
    >
      <h3 className="font-semibold">{t.defaultsTitle}</h3>
      <p className="text-sm text-stone-700">{t.defaultsIntro}</p>
      <div className="flex flex-wrap items-end gap-3">
        {(['target', 'task'] as const).map((kind) => (
          <div key={kind}>
            <label htmlFor={`default-${kind}`} className="block text-sm font-medium">
              {kind === 'target' ? t.defaultTarget : t.defaultTask}
            </label>
            <select
              id={`default-${kind}`}
              name={kind}
              defaultValue={state.values[kind] ?? props[kind]}
              className={field}
            >
              <CadenceOptions t={t} />
            </select>
          </div>
        ))}
        <button type="submit" disabled={pending} className={button}>
          {t.saveDefaults}
        </button>
      </div>
      <Result state={state} testId="cadence-defaults-message" />
    </form>
  );
}

/** The same cadence for every target, or every task, of the current resolution. */
export function BulkCadenceForm(props: { action: Action; t: RhythmMessages }) {
  const { t } = props;
  const [state, formAction, pending] = useActionState(props.action, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-2" aria-label={t.bulkTitle} data-testid="cadence-bulk">
      <h3 className="font-semibold">{t.bulkTitle}</h3>
      <p className="text-sm text-stone-700">{t.bulkIntro}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="bulk-kind" className="block text-sm font-medium">
            {t.bulkKind}
          </label>
          <select id="bulk-kind" name="kind" defaultValue={state.values.kind ?? 'target'} className={field}>
            <option value="target">{t.bulkTargets}</option>
            <option value="task">{t.bulkTasks}</option>
          </select>
        </div>
        <div>
          <label htmlFor="bulk-cadence" className="block text-sm font-medium">
            {t.bulkCadence}
          </label>
          <select id="bulk-cadence" name="cadence" defaultValue={state.values.cadence ?? ''} className={field}>
            <option value="">{t.bulkDefault}</option>
            <CadenceOptions t={t} />
          </select>
        </div>
        <button type="submit" disabled={pending} className={button}>
          {t.bulkApply}
        </button>
      </div>
      <Result state={state} testId="cadence-bulk-message" />
    </form>
  );
}
