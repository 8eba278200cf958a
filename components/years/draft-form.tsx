'use client';

import { useActionState } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/action-state';

export type FieldSpec =
  | { kind: 'text' | 'textarea'; name: string; label: string; value: string; hint?: string; wide?: boolean }
  | { kind: 'select'; name: string; label: string; value: string; options: { value: string; label: string }[] }
  | { kind: 'checks'; name: string; label: string; options: { value: string; label: string; checked: boolean }[] };

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * One form of the draft review: its fields with their Vietnamese errors next to them, the draft's
 * id and version as hidden fields (the server refuses a stale version), a message for the form.
 */
export function DraftForm(props: {
  action: Action;
  hidden: Record<string, string | number>;
  fields?: FieldSpec[];
  submit: string;
  pending: string;
  variant?: 'primary' | 'secondary' | 'danger';
  idPrefix: string;
  testId: string;
  inline?: boolean;
}) {
  const [state, action] = useActionState(props.action, initialActionState);
  const fields = props.fields ?? [];
  const shown = Object.fromEntries(fields.map((f) => [f.name, state.values[f.name] ?? ('value' in f ? f.value : '')]));
  return (
    <form
      key={JSON.stringify(fields.map((f) => ('value' in f ? f.value : f.options.map((o) => o.checked))))}
      action={action}
      noValidate
      data-testid={props.testId}
      className={props.inline ? 'inline-flex flex-wrap items-center gap-2' : 'space-y-2'}
    >
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.length ? (
        <div className="grid gap-x-3 sm:grid-cols-2">
          {fields.map((f) => {
            const id = `${props.idPrefix}-${f.name}`;
            if (f.kind === 'checks') {
              return (
                <fieldset key={f.name} className="sm:col-span-2 mb-2">
                  <legend className="font-medium mb-1">{f.label}</legend>
                  <div className="flex flex-wrap gap-3">
                    {f.options.map((o) => (
                      <label key={o.value} className="inline-flex items-center gap-1 text-sm">
                        <input type="checkbox" name={`coord_${o.value}`} defaultChecked={o.checked} />
                        {o.label}
                      </label>
                    ))}
                  </div>
                </fieldset>
              );
            }
            return (
              <div key={f.name} className={f.kind === 'textarea' || ('wide' in f && f.wide) ? 'sm:col-span-2' : ''}>
                <FormField
                  id={id}
                  label={f.label}
                  hint={'hint' in f ? f.hint : undefined}
                  error={state.fieldErrors[f.name]}
                >
                  {(aria) =>
                    f.kind === 'select' ? (
                      <select {...aria} name={f.name} defaultValue={shown[f.name]}>
                        {f.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    ) : f.kind === 'textarea' ? (
                      <textarea {...aria} name={f.name} defaultValue={shown[f.name]} rows={5} lang="vi" />
                    ) : (
                      <input {...aria} name={f.name} defaultValue={shown[f.name]} autoComplete="off" />
                    )
                  }
                </FormField>
              </div>
            );
          })}
        </div>
      ) : null}
      <SubmitButton label={props.submit} pendingLabel={props.pending} variant={props.variant ?? 'secondary'} />
      <FormMessage ok={state.ok} message={state.message} testId={`${props.testId}-message`} />
    </form>
  );
}
