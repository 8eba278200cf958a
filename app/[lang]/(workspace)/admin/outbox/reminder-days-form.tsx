'use client';

import { useActionState } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/action-state';
import type { ReminderMessages } from '@/lib/i18n/messages/reminders';
import { saveReminderDaysAction } from './actions';

/** N: organizations are reminded N days before a due date. */
export function ReminderDaysForm({ t, days, saving }: { t: ReminderMessages; days: number; saving: string }) {
  const [state, action] = useActionState(saveReminderDaysAction, initialActionState);
  const shown = state.ok ? String(days) : (state.values.days ?? String(days));
  return (
    <form key={shown} action={action} noValidate className="max-w-md space-y-2" data-testid="reminder-days-form">
      <FormField id="days" label={t.reminderDays} hint={t.reminderDaysHint} error={state.fieldErrors.days}>
        {(aria) => (
          <input
            {...aria}
            name="days"
            inputMode="numeric"
            defaultValue={shown}
            className={`${aria.className} max-w-32`}
          />
        )}
      </FormField>
      <FormMessage ok={state.ok} message={state.message} testId="reminder-days-message" />
      <SubmitButton label={t.reminderDaysSave} pendingLabel={saving} />
    </form>
  );
}
