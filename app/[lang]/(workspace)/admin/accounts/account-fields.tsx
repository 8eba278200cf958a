import { FormField } from '@/components/ui/form-field';
import type { OrganizationOption } from '@/db/access/users';
import type { Role } from '@/lib/domain';
import { roleLabel, type AccountMessages } from '@/lib/i18n/messages/account';
import type { AdminMessages } from '@/lib/i18n/messages/admin';

export type AccountFormTexts = AdminMessages & AccountMessages;

const roles: Role[] = ['officer', 'chair', 'admin'];

export function RoleSelect({
  t,
  error,
  defaultValue,
  idPrefix = '',
}: {
  t: AccountFormTexts;
  error?: string;
  defaultValue?: string;
  idPrefix?: string;
}) {
  return (
    <FormField id={`${idPrefix}role`} label={t.colRole} error={error}>
      {(aria) => (
        <select {...aria} name="role" defaultValue={defaultValue ?? 'officer'}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabel(t, r)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

export function OrganizationSelect({
  t,
  organizations,
  error,
  defaultValue,
  idPrefix = '',
}: {
  t: AccountFormTexts;
  organizations: OrganizationOption[];
  error?: string;
  defaultValue?: string;
  idPrefix?: string;
}) {
  return (
    <FormField id={`${idPrefix}organizationId`} label={t.colOrganization} error={error}>
      {(aria) => (
        <select {...aria} name="organizationId" defaultValue={defaultValue ?? ''}>
          <option value="">{t.chooseOrganization}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.code})
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
