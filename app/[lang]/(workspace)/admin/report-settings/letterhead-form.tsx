'use client';

import { useActionState } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/action-state';
import type { ReportSettingsMessages } from '@/lib/i18n/messages/report-settings';
import type { LetterheadSettings } from '@/db/access/report-settings';
import { letterheadMaxLength } from '@/lib/reports/letterhead-schema';
import { saveLetterheadAction } from './actions';

const fields = [
  { name: 'superior', hint: 'superiorHint' },
  { name: 'issuer', hint: 'issuerHint' },
  { name: 'place', hint: 'placeHint' },
] as const;

/** The three letterhead lines; a line without a stored value says it shows the default. */
export function LetterheadForm({ t, settings }: { t: ReportSettingsMessages; settings: LetterheadSettings }) {
  const [state, action] = useActionState(saveLetterheadAction, initialActionState);
  const shown = { ...settings.values, ...state.values };
  return (
    // Remounted when the values to show change (a refused save, or the stored values after a save):
    // React resets an action's form to its default values otherwise.
    <form
      key={JSON.stringify(shown)}
      action={action}
      noValidate
      className="max-w-xl space-y-3"
      data-testid="letterhead-form"
    >
      {fields.map(({ name, hint }) => {
        const fallback = settings.stored[name]
          ? ''
          : ` ${t.usingDefault}${settings.defaults[name] ? '' : ` ${t.defaultEmpty}`}`;
        return (
          <FormField
            key={name}
            id={name}
            label={t[name]}
            hint={`${t[hint]}${fallback}`}
            error={state.fieldErrors[name]}
          >
            {(aria) => (
              <input
                {...aria}
                name={name}
                defaultValue={shown[name]}
                maxLength={letterheadMaxLength}
                autoComplete="off"
                required={name === 'issuer'}
              />
            )}
          </FormField>
        );
      })}
      <FormMessage ok={state.ok} message={state.message} testId="letterhead-message" />
      <SubmitButton label={t.save} pendingLabel={t.saving} />
    </form>
  );
}
