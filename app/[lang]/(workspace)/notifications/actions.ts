'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { markAllRead, openNotification } from '@/db/access/notifications';
import { initialActionState } from '@/lib/action-state';
import { authedAction } from '@/db/access/authed-action';
import { localePath } from '@/lib/i18n/locale-path';
import { noFieldsSchema, notificationSchema } from './schema';

const everyone = ['officer', 'chair', 'admin'] as const;

/** Opening a notification marks it read and goes to the page it is about. */
const openNotificationAction = authedAction(everyone, notificationSchema, (input, { user, locale }) => {
  // Someone else's notification: AuthError 404 from the data layer, answered by authedAction.
  const path = openNotification(user, input.id);
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
