'use client';

import { useActionState } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { OrganizationOption } from '@/db/access/users';
import { initialActionState } from '@/lib/action-state';
import { OrganizationSelect, RoleSelect, type AccountFormTexts } from '../account-fields';
import { accountStatusAction, moveAccountAction, resetPasswordAction } from '../actions';

type Common = { t: AccountFormTexts; accountId: number; saving: string };

export function AccountStatusForm({
  t,
  accountId,
  saving,
  active,
  locked,
}: Common & { active: boolean; locked: boolean }) {
  const [state, action] = useActionState(accountStatusAction, initialActionState);
  return (
    <form action={action} className="space-y-2" data-testid="account-status-form">
      <input type="hidden" name="id" value={accountId} />
      <div className="flex flex-wrap gap-2">
        {active ? (
          <SubmitButton name="op" value="disable" label={t.disable} pendingLabel={saving} variant="danger" />
        ) : (
          <SubmitButton name="op" value="enable" label={t.enable} pendingLabel={saving} variant="secondary" />
        )}
        {locked ? (
          <SubmitButton name="op" value="unlock" label={t.unlock} pendingLabel={saving} variant="secondary" />
        ) : null}
      </div>
      <FormMessage ok={state.ok} message={state.message} testId="account-status-message" />
    </form>
  );
}

export function ResetPasswordForm({ t, accountId, saving }: Common) {
  const [state, action] = useActionState(resetPasswordAction, initialActionState);
  return (
    <form action={action} noValidate className="space-y-3 max-w-md" data-testid="reset-password-form">
      <input type="hidden" name="id" value={accountId} />
      <FormField id="newPassword" label={t.newPassword} hint={t.passwordHint} error={state.fieldErrors.newPassword}>
        {(aria) => <input {...aria} name="newPassword" type="password" autoComplete="new-password" required />}
      </FormField>
      <FormMessage ok={state.ok} message={state.message} testId="reset-password-message" />
      <SubmitButton label={t.reset} pendingLabel={saving} variant="secondary" />
    </form>
  );
}

export function MoveAccountForm({
  t,
  accountId,
  saving,
  organizations,
  role,
  organizationId,
}: Common & { organizations: OrganizationOption[]; role: string; organizationId: number | null }) {
  const [state, action] = useActionState(moveAccountAction, initialActionState);
  const v = state.values;
  // React resets a form after its action, and a <select> resets to the option chosen when it
  // mounted; remounting whenever the values to show change keeps the selects truthful.
  const key = JSON.stringify([v, role, organizationId]);
  return (
    <form key={key} action={action} noValidate className="space-y-3 max-w-md" data-testid="move-account-form">
      <input type="hidden" name="id" value={accountId} />
      <RoleSelect t={t} idPrefix="move-" error={state.fieldErrors.role} defaultValue={v.role ?? role} />
      <OrganizationSelect
        t={t}
        idPrefix="move-"
        organizations={organizations}
        error={state.fieldErrors.organizationId}
        defaultValue={v.organizationId ?? (organizationId === null ? '' : String(organizationId))}
      />
      <FormMessage ok={state.ok} message={state.message} testId="move-account-message" />
      <SubmitButton label={t.move} pendingLabel={saving} variant="secondary" />
    </form>
  );
}
