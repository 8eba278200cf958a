'use server';

import { setAssignments } from '@/db/access/assignments';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { assignmentMessages } from '@/lib/i18n/messages/admin-assignments';
import { revalidatePublicPages } from '@/lib/revalidate-public';
import { assignmentSchema } from './schema';

export const saveAssignmentsAction = authedAction(['admin'], assignmentSchema, (input, { user, locale, ip }) => {
  const t = assignmentMessages[locale];
  const result = setAssignments(user, input.kind, input.id, input.wanted, ip);
  if (!result.ok) {
    const code = result.error.code;
    return failure(
      code === 'no_lead' ? t.noLead : code === 'organization_missing' ? t.organizationMissing : t.notFound,
    );
  }
  if (!result.changed) return success(t.unchanged);
  // Who leads what is on the public summary and every organization's dashboard.
  revalidatePublicPages();
  return success(t.saved);
});
