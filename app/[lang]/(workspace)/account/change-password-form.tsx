'use client';

import { useActionState } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/action-state';
import type { AccountMessages } from '@/lib/i18n/messages/account';
import { changePassword } from './actions';

export function ChangePasswordForm({ t, saving }: { t: AccountMessages; saving: string }) {
  const [state, action] = useActionState(changePassword, initialActionState);
  const fields = [
    { name: 'currentPassword', label: t.currentPassword, autoComplete: 'current-password', hint: undefined },
    { name: 'newPassword', label: t.newPassword, autoComplete: 'new-password', hint: t.passwordHint },
    { name: 'confirmPassword', label: t.confirmPassword, autoComplete: 'new-password', hint: undefined },
  ] as const;
  return (
    <form action={action} noValidate className="space-y-3 max-w-md" data-testid="change-password-form">
      {fields.map((f) => (
        <FormField key={f.name} id={f.name} label={f.label} hint={f.hint} error={state.fieldErrors[f.name]}>
          {(aria) => <input {...aria} name={f.name} type="password" autoComplete={f.autoComplete} required />}
        </FormField>
      ))}
      <FormMessage ok={state.ok} message={state.message} testId="change-password-message" />
      <SubmitButton label={t.submit} pendingLabel={saving} />
    </form>
  );
}
