import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locale';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { maxReminderDays } from '@/db/notify/reminder-settings';

export function reminderDaysSchema(locale: Locale) {
  const t = reminderMessages[locale];
  return z.object({
    days: z.coerce
      .number({ error: t.reminderDaysInvalid })
      .int({ error: t.reminderDaysInvalid })
      .min(1, { error: t.reminderDaysInvalid })
      .max(maxReminderDays, { error: t.reminderDaysInvalid }),
  });
}
