import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { settings } from '../schema';

/** The settings row holding N: an organization is reminded N days before a due date. */
export const reminderDaysKey = 'reminder_days_before';
export const defaultReminderDays = 3;
export const maxReminderDays = 30;

export function reminderDaysBefore(db: Pick<Db, 'select'>): number {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, reminderDaysKey)).get();
  const n = row ? Number(row.value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= maxReminderDays ? n : defaultReminderDays;
}
