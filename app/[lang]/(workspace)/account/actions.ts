'use server';

import { refresh } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { redirectToLogin } from '@/db/access/session';
import { updateMailPreferences } from '@/db/access/mail-preferences';
import { changeOwnPassword } from '@/db/access/users';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { accountMessages, passwordProblemText } from '@/lib/i18n/messages/account';
import { preferencesSchema } from './preferences-schema';
import { changePasswordSchema } from './schema';
import { localePath } from '@/lib/i18n/locale-path';

export const changePassword = authedAction(
  ['officer', 'chair', 'admin'],
  changePasswordSchema,
  async (input, { user, locale, ip }) => {
    const t = accountMessages[locale];
    const result = await changeOwnPassword(user, input.currentPassword, input.newPassword, ip);
    if (!result.ok) {
      if (result.error.code === 'wrong_password') return failure(t.wrongCurrent, { currentPassword: t.wrongCurrent });
      if (result.error.code === 'weak_password') {
        const text = passwordProblemText(t, result.error.problem);
        return failure(text, { newPassword: text });
      }
      // The account vanished or was disabled meanwhile: to /login, and back here after it.
      return redirectToLogin(localePath(locale, '/account'));
    }
    // The session version moved on, so this browser's token is dead; drop it too.
    const jar = await cookies();
    for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token']) {
      if (jar.has(name))
        jar.set(name, '', {
          maxAge: 0,
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: name.startsWith('__Secure-'),
        });
    }
    redirect(localePath(locale, '/login?notice=password-changed'));
  },
);

/** One's own email address, language and email choices. */
export const saveMailPreferences = authedAction(
  ['officer', 'chair', 'admin'],
  preferencesSchema,
  (input, { user, locale }) => {
    // Always one's own account, whatever id the form carried.
    const preferences = {
      email: input.email,
      locale: input.locale,
      mailOptOut: input.mailOptOut,
      digestFrequency: input.digestFrequency,
    };
    if (!updateMailPreferences(user, user.id, preferences)) return redirectToLogin(localePath(locale, '/account'));
    refresh();
    return success(reminderMessages[locale].prefsSaved);
  },
);
