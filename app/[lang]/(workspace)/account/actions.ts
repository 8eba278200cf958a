'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { redirectToLogin } from '@/db/access/session';
import { changeOwnPassword } from '@/db/access/users';
import { authedAction, failure } from '@/lib/auth/authed-action';
import { accountMessages, passwordProblemText } from '@/lib/i18n/messages/account';
import { changePasswordSchema } from './schema';

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
      return redirectToLogin('/account');
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
    redirect('/login?notice=password-changed');
  },
);
