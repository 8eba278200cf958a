'use client';

import { useActionState } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/action-state';
import { messageKinds, type MessageKind } from '@/lib/domain';
import type { ReminderMessages } from '@/lib/i18n/messages/reminders';

export type PreferencesValues = {
  email: string | null;
  locale: 'vi' | 'en';
  mailOptOut: MessageKind[];
  digestFrequency: 'daily' | 'weekly';
};

const kindLabel = {
  reminder: 'kindReminder',
  review: 'kindReview',
  comment: 'kindComment',
  digest: 'kindDigest',
} as const;

/** An account's email address, language and which emails it wants: /account and the admin's account page. */
export function MailPreferencesForm({
  action,
  t,
  saving,
  values,
  userId,
  isChair,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  t: ReminderMessages;
  saving: string;
  values: PreferencesValues;
  /** The account edited by the administrator; none for one's own. */
  userId?: number;
  isChair: boolean;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const email = state.ok ? (values.email ?? '') : (state.values.email ?? values.email ?? '');
  const kinds = messageKinds.filter((k) => k !== 'digest' || isChair);
  return (
    <form
      key={JSON.stringify([values, state.values])}
      action={formAction}
      noValidate
      className="max-w-xl space-y-3"
      data-testid="mail-preferences-form"
    >
      {userId ? <input type="hidden" name="userId" value={userId} /> : null}
      <FormField id="email" label={t.email} hint={t.emailHint} error={state.fieldErrors.email}>
        {(aria) => (
          <input {...aria} type="email" name="email" defaultValue={email} autoComplete="email" maxLength={254} />
        )}
      </FormField>
      <FormField id="locale" label={t.language} error={state.fieldErrors.locale}>
        {(aria) => (
          <select {...aria} name="locale" defaultValue={values.locale}>
            <option value="vi">{t.languageVi}</option>
            <option value="en">{t.languageEn}</option>
          </select>
        )}
      </FormField>
      <fieldset className="space-y-1">
        <legend className="mb-1 font-medium">{t.optOutLegend}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name={`receive_${kind}`}
              defaultChecked={!values.mailOptOut.includes(kind)}
              className="h-5 w-5"
            />
            {t[kindLabel[kind]]}
          </label>
        ))}
      </fieldset>
      {isChair ? (
        <FormField id="digestFrequency" label={t.digest} error={state.fieldErrors.digestFrequency}>
          {(aria) => (
            <select {...aria} name="digestFrequency" defaultValue={values.digestFrequency}>
              <option value="daily">{t.digestDaily}</option>
              <option value="weekly">{t.digestWeekly}</option>
            </select>
          )}
        </FormField>
      ) : (
        <input type="hidden" name="digestFrequency" value={values.digestFrequency} />
      )}
      {isChair ? null : <input type="hidden" name="receive_digest" value="on" />}
      <FormMessage ok={state.ok} message={state.message} testId="mail-preferences-message" />
      <SubmitButton label={t.prefsSave} pendingLabel={saving} />
    </form>
  );
}
