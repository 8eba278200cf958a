'use server';

import { refresh, revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  createAccount,
  moveAccount,
  resetPassword,
  setAccountActive,
  unlockAccount,
  type AccountError,
} from '@/db/access/users';
import { updateMailPreferences } from '@/db/access/mail-preferences';
import { authedAction, failure, success } from '@/db/access/authed-action';
import type { Locale } from '@/lib/i18n/locale';
import { accountMessages, passwordProblemText } from '@/lib/i18n/messages/account';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { preferencesSchema } from '../../account/preferences-schema';
import { accountStatusSchema, createAccountSchema, moveAccountSchema, resetPasswordSchema } from './schema';
import { localePath } from '@/lib/i18n/locale-path';

/** The access layer's refusal as a Vietnamese (or English) message beside the right field. */
function refusal(error: AccountError, locale: Locale, passwordField = 'password') {
  const t = adminMessages[locale];
  switch (error.code) {
    case 'username_taken':
      return failure(t.usernameTaken, { username: t.usernameTaken });
    case 'organization_missing':
      return failure(t.organizationMissing, { organizationId: t.organizationMissing });
    case 'weak_password': {
      const text = passwordProblemText(accountMessages[locale], error.problem);
      return failure(text, { [passwordField]: text });
    }
    case 'self':
      return failure(t.self);
    default:
      return failure(t.notFound);
  }
}

const refreshAdmin = () => revalidatePath('/[lang]/admin', 'layout');

export const createAccountAction = authedAction(['admin'], createAccountSchema, async (input, { user, locale, ip }) => {
  const result = await createAccount(user, input, ip);
  if (!result.ok) return refusal(result.error, locale);
  refreshAdmin();
  redirect(localePath(locale, `/admin/accounts/${result.value.id}?created=1`));
});

export const accountStatusAction = authedAction(['admin'], accountStatusSchema, (input, { user, locale, ip }) => {
  const t = adminMessages[locale];
  const result =
    input.op === 'unlock'
      ? unlockAccount(user, input.id, ip)
      : setAccountActive(user, input.id, input.op === 'enable', ip);
  if (!result.ok) return refusal(result.error, locale);
  refreshAdmin();
  return success(input.op === 'unlock' ? t.unlocked : input.op === 'enable' ? t.enabled : t.disabled);
});

export const resetPasswordAction = authedAction(['admin'], resetPasswordSchema, async (input, { user, locale, ip }) => {
  const result = await resetPassword(user, input.id, input.newPassword, ip);
  if (!result.ok) return refusal(result.error, locale, 'newPassword');
  refreshAdmin();
  return success(adminMessages[locale].resetDone);
});

export const moveAccountAction = authedAction(['admin'], moveAccountSchema, (input, { user, locale, ip }) => {
  const t = adminMessages[locale];
  const result = moveAccount(user, input.id, { role: input.role, organizationId: input.organizationId }, ip);
  if (!result.ok) return refusal(result.error, locale);
  refreshAdmin();
  return success(result.value.changed ? t.moved : t.unchanged);
});

/** Another account's email address, language and email choices, set by the administrator. */
export const saveAccountPreferencesAction = authedAction(['admin'], preferencesSchema, (input, { user, locale }) => {
  const { userId, ...preferences } = input;
  if (userId === null || !updateMailPreferences(user, userId, preferences)) {
    return failure(adminMessages[locale].notFound);
  }
  refresh();
  return success(reminderMessages[locale].prefsSaved);
});
