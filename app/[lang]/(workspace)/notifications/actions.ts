'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { markAllRead, openNotification } from '@/db/access/notifications';
import { initialActionState } from '@/lib/action-state';
import { authedAction, failure } from '@/db/access/authed-action';
import { localePath } from '@/lib/i18n/locale-path';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { noFieldsSchema, notificationSchema } from './schema';

const everyone = ['officer', 'chair', 'admin'] as const;

/** Opening a notification marks it read and goes to the page it is about. */
const openNotificationAction = authedAction(everyone, notificationSchema, (input, { user, locale }) => {
  const path = openNotification(user, input.id);
  if (!path) return failure(reminderMessages[locale].notificationGone);
  // The header's unread count lives in the layout, which a navigation alone does not render again.
  refresh();
  redirect(localePath(locale, path));
});

const markAllReadAction = authedAction(everyone, noFieldsSchema, (_input, { user, locale }) => {
  markAllRead(user);
  refresh();
  redirect(localePath(locale, '/notifications'));
});

// Plain form actions (the list has no client state): a refusal leaves the list as it is.
export async function openNotificationForm(formData: FormData): Promise<void> {
  await openNotificationAction(initialActionState, formData);
}

export async function markAllReadForm(formData: FormData): Promise<void> {
  await markAllReadAction(initialActionState, formData);
}
