import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locale';
import { closingMessages } from '@/lib/i18n/messages/closing';
import { maxReopenDays } from '@/lib/workflow/cadence';

// The chair's cut-off forms as they arrive. The period's code travels along for the message only;
// the data layer reads the period by id and decides.

export const closeSchema = (locale: Locale) =>
  z.object({
    periodId: z.coerce.number().int().positive(),
    code: z.string().max(20),
    confirm: z.literal('yes', { error: closingMessages[locale].confirmRequired }),
  });

export const reopenSchema = (locale: Locale) => {
  const t = closingMessages[locale];
  return z.object({
    periodId: z.coerce.number().int().positive(),
    code: z.string().max(20),
    organizationId: z.coerce
      .number({ error: t.organizationRequired })
      .int()
      .positive({ error: t.organizationRequired }),
    reason: z.string().trim().min(1, { error: t.reasonRequired }).max(500),
    days: z.coerce
      .number({ error: t.daysInvalid })
      .int({ error: t.daysInvalid })
      .min(1, { error: t.daysInvalid })
      .max(maxReopenDays, { error: t.daysInvalid }),
  });
};
