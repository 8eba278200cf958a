'use client';

import { useActionState } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/action-state';
import type { WardMessages } from '@/lib/i18n/messages/ward';
import { passwordContactMaxLength, wardNameMaxLength, type WardIdentity } from '@/lib/ward/ward-identity';
import { saveWardIdentityAction } from './actions';

const fields = [
  { name: 'name', hint: 'nameHint', max: wardNameMaxLength },
  { name: 'superior', hint: 'superiorHint', max: wardNameMaxLength },
  { name: 'passwordContact', hint: 'passwordContactHint', max: passwordContactMaxLength },
] as const;

export function WardIdentityForm({ t, ward }: { t: WardMessages; ward: WardIdentity }) {
  const [state, action] = useActionState(saveWardIdentityAction, initialActionState);
  const shown = { name: ward.name, superior: ward.superior, passwordContact: ward.passwordContact, ...state.values };
  return (
    <form key={JSON.stringify(shown)} action={action} noValidate className="max-w-xl space-y-3" data-testid="ward-form">
      {fields.map(({ name, hint, max }) => (
        <FormField key={name} id={name} label={t[name]} hint={t[hint]} error={state.fieldErrors[name]}>
          {(aria) => <input {...aria} name={name} defaultValue={shown[name]} maxLength={max} autoComplete="off" />}
        </FormField>
      ))}
      <FormMessage ok={state.ok} message={state.message} testId="ward-message" />
      <SubmitButton label={t.save} pendingLabel={t.saving} />
    </form>
  );
}
