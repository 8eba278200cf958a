'use client';

import { useActionState } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AssignedOrganization, SubjectKind } from '@/db/access/assignments';
import type { OrganizationOption } from '@/db/access/users';
import { initialActionState } from '@/lib/action-state';
import type { AssignmentMessages } from '@/lib/i18n/messages/admin-assignments';
import { saveAssignmentsAction } from '../../actions';

export function AssignmentForm({
  t,
  kind,
  id,
  organizations,
  assigned,
  saving,
}: {
  t: AssignmentMessages;
  kind: SubjectKind;
  id: number;
  organizations: OrganizationOption[];
  assigned: AssignedOrganization[];
  saving: string;
}) {
  const [state, action] = useActionState(saveAssignmentsAction, initialActionState);
  const current = new Map(assigned.map((a) => [a.organizationId, a.role]));
  return (
    // Remounted when the values to show change (see MoveAccountForm): selects stay truthful.
    <form
      key={JSON.stringify([state.values, assigned])}
      action={action}
      className="space-y-3 max-w-xl"
      data-testid="assignment-form"
    >
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <fieldset className="grid gap-x-4 sm:grid-cols-2">
        <legend className="sr-only">{t.organization}</legend>
        {organizations.map((o) => {
          const name = `org_${o.id}`;
          return (
            <FormField key={o.id} id={name} label={`${o.name} (${o.code})`} error={state.fieldErrors[name]}>
              {(aria) => (
                <select {...aria} name={name} defaultValue={state.values[name] ?? current.get(o.id) ?? ''}>
                  <option value="">{t.roleNone}</option>
                  <option value="lead">{t.roleLead}</option>
                  <option value="coordinate">{t.roleCoordinate}</option>
                </select>
              )}
            </FormField>
          );
        })}
      </fieldset>
      <FormMessage ok={state.ok} message={state.message} testId="assignment-message" />
      <SubmitButton label={t.save} pendingLabel={saving} />
    </form>
  );
}
