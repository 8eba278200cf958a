'use client';

import { useActionState } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { OrganizationOption } from '@/db/access/users';
import { initialActionState } from '@/lib/action-state';
import { OrganizationSelect, RoleSelect, type AccountFormTexts } from '../account-fields';
import { createAccountAction } from '../actions';

export function CreateAccountForm({
  t,
  organizations,
  saving,
}: {
  t: AccountFormTexts;
  organizations: OrganizationOption[];
  saving: string;
}) {
  const [state, action] = useActionState(createAccountAction, initialActionState);
  const e = state.fieldErrors;
  const v = state.values;
  return (
    // Remounted when the values to show change: React's reset after an action would otherwise put
    // the selects back to their first option.
    <form
      key={JSON.stringify(v)}
      action={action}
      noValidate
      className="space-y-3 max-w-md"
      data-testid="create-account-form"
    >
      <FormField id="username" label={t.colUsername} hint={t.usernameHint} error={e.username}>
        {(aria) => (
          <input
            {...aria}
            name="username"
            defaultValue={v.username}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
        )}
      </FormField>
      <FormField id="displayName" label={t.colName} error={e.displayName}>
        {(aria) => (
          <input
            {...aria}
            name="displayName"
            defaultValue={v.displayName}
            autoComplete="off"
            required
            maxLength={100}
          />
        )}
      </FormField>
      <RoleSelect t={t} error={e.role} defaultValue={v.role} />
      <OrganizationSelect
        t={t}
        organizations={organizations}
        error={e.organizationId}
        defaultValue={v.organizationId}
      />
      <FormField id="password" label={t.password} hint={t.passwordHint} error={e.password}>
        {(aria) => <input {...aria} name="password" type="password" autoComplete="new-password" required />}
      </FormField>
      <FormMessage ok={state.ok} message={state.message} testId="create-account-message" />
      <SubmitButton label={t.create} pendingLabel={saving} />
    </form>
  );
}
