'use server';

import { refresh } from 'next/cache';
import { updateLetterheadSettings } from '@/db/access/report-settings';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { formMessages } from '@/lib/i18n/messages/forms';
import { reportSettingsMessages } from '@/lib/i18n/messages/report-settings';
import { letterheadSchema } from '@/lib/reports/letterhead-schema';
import { revalidatePublicPages } from '@/lib/revalidate-public';

// The chair's report pages and DOCX read the settings on every request; the public year-end
// report is built once and cached with the public data, so a change drops that too.
export const saveLetterheadAction = authedAction(['admin'], letterheadSchema, (input, { user, locale, ip }) => {
  const t = reportSettingsMessages[locale];
  const result = updateLetterheadSettings(user, input, { ip, locale });
  if (!result.ok) return failure(formMessages[locale].invalid, result.fieldErrors);
  if (result.changed.length > 0) revalidatePublicPages();
  refresh();
  return success(result.changed.length === 0 ? t.unchanged : t.saved);
});
