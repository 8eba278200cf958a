'use server';

import { refresh } from 'next/cache';
import { setReminderDays } from '@/db/access/outbox';
import { authedAction, success } from '@/db/access/authed-action';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { reminderDaysSchema } from './schema';

export const saveReminderDaysAction = authedAction(['admin'], reminderDaysSchema, (input, { user, locale }) => {
  setReminderDays(user, input.days);
  refresh();
  return success(reminderMessages[locale].reminderDaysSaved);
});
