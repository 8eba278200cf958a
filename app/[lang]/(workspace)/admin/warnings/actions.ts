'use server';

import { refresh } from 'next/cache';
import { markImportWarningHandled } from '@/db/access/import-warnings';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { assignmentMessages } from '@/lib/i18n/messages/admin-assignments';
import { handledSchema } from './schema';

/** The office checked an import warning and decided: it leaves the /admin banner's count. */
export const markHandledAction = authedAction(['admin'], handledSchema, (input, { user, locale, ip }) => {
  const t = assignmentMessages[locale];
  const result = markImportWarningHandled(user, input, { ip });
  if (!result.ok && result.code === 'not_found') return failure(t.warningHandledStale);
  refresh();
  return success(t.warningHandledSaved);
});
