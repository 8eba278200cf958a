'use server';

import { refresh } from 'next/cache';
import { updateLetterheadSettings } from '@/db/access/report-settings';
import { authedAction, failure, success } from '@/lib/auth/authed-action';
import { formMessages } from '@/lib/i18n/messages/forms';
import { reportSettingsMessages } from '@/lib/i18n/messages/report-settings';
import { letterheadSchema } from '@/lib/reports/letterhead-schema';

// The report pages and the DOCX route read the settings on every request: nothing to revalidate
// but this page, which shows which lines are stored.
export const saveLetterheadAction = authedAction(['admin'], letterheadSchema, (input, { user, locale, ip }) => {
  const t = reportSettingsMessages[locale];
  const result = updateLetterheadSettings(user, input, { ip, locale });
  if (!result.ok) return failure(formMessages[locale].invalid, result.fieldErrors);
  refresh();
  return success(result.changed.length === 0 ? t.unchanged : t.saved);
});
