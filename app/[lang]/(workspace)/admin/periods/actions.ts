'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { updatePeriodDueDate } from '@/db/access/periods';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { periodsAdminMessages } from '@/lib/i18n/messages/periods-admin';
import { formatPeriod } from '@/lib/period-label';

const schema = (locale: Locale) => {
  const t = periodsAdminMessages[locale];
  return z.object({
    periodId: z.coerce.number().int().positive(),
    code: z.string().max(20),
    dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: t.invalid_date }),
    expectedDueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  });
};

export const updateDueDateAction = authedAction(['admin'], schema, (input, { user, locale }) => {
  const t = periodsAdminMessages[locale];
  const result = updatePeriodDueDate(user, input);
  if (!result.ok)
    return failure(
      t[result.code],
      result.code === 'invalid_date' || result.code === 'due_before_end' ? { dueOn: t[result.code] } : {},
    );
  refresh();
  return success(fill(t.saved, { period: formatPeriod(input.code, locale) }));
});
