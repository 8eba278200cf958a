import { z } from 'zod';
import { passwordProblemText, type AccountMessages } from '@/lib/i18n/messages/account';
import { passwordProblem } from './password';

/**
 * A new password as the form checks it, with the form's own message beside the field: not blank,
 * 10–64 characters, not a common password. The access layer checks it again with the username
 * and the current password (lib/auth/password.ts's passwordProblem is the one rule).
 */
export function newPasswordField(t: AccountMessages) {
  return z.string({ error: t.tooShort }).superRefine((value, ctx) => {
    const problem = passwordProblem(value, null);
    if (problem) ctx.addIssue({ code: 'custom', message: passwordProblemText(t, problem) });
  });
}
