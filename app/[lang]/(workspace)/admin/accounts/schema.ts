import { z } from 'zod';
import { newPasswordField } from '@/lib/auth/password-field';
import type { Locale } from '@/lib/i18n/locale';
import { accountMessages } from '@/lib/i18n/messages/account';
import { adminMessages } from '@/lib/i18n/messages/admin';

const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,31}$/;
const roles = ['officer', 'chair', 'admin'] as const;

function texts(locale: Locale) {
  return { ...accountMessages[locale], ...adminMessages[locale] };
}

const accountId = (notFound: string) =>
  z.coerce.number({ error: notFound }).int({ error: notFound }).positive({ error: notFound });

/** '' means "no organization"; anything else must be a positive id (existence is checked in the access layer). */
const organizationId = (message: string) =>
  z
    .string()
    .default('')
    .transform((value, ctx) => {
      if (value === '') return null;
      const n = Number(value);
      if (Number.isInteger(n) && n > 0) return n;
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    });

const password = (t: ReturnType<typeof texts>) => newPasswordField(t);

const role = (t: ReturnType<typeof texts>) => z.enum(roles, { error: t.roleInvalid });

export function createAccountSchema(locale: Locale) {
  const t = texts(locale);
  return z
    .object({
      username: z
        .string({ error: t.usernameInvalid })
        .trim()
        .toLowerCase()
        .regex(usernamePattern, { error: t.usernameInvalid }),
      // Any text is allowed (it is escaped wherever shown), except control characters.
      displayName: z
        .string({ error: t.nameRequired })
        .trim()
        .min(1, { error: t.nameRequired })
        .max(100, { error: t.nameRequired })
        .regex(/^[^\u0000-\u001f\u007f]*$/, { error: t.nameRequired }),
      role: role(t),
      organizationId: organizationId(t.organizationMissing),
      password: password(t),
    })
    .refine((v) => v.role !== 'officer' || v.organizationId !== null, {
      path: ['organizationId'],
      error: t.organizationRequired,
    })
    .refine((v) => v.password.trim().toLowerCase() !== v.username, { path: ['password'], error: t.sameAsUsername });
}

export function accountStatusSchema(locale: Locale) {
  const t = texts(locale);
  return z.object({ id: accountId(t.notFound), op: z.enum(['disable', 'enable', 'unlock'], { error: t.notFound }) });
}

export function resetPasswordSchema(locale: Locale) {
  const t = texts(locale);
  return z.object({ id: accountId(t.notFound), newPassword: password(t) });
}

export function moveAccountSchema(locale: Locale) {
  const t = texts(locale);
  return z
    .object({ id: accountId(t.notFound), role: role(t), organizationId: organizationId(t.organizationMissing) })
    .refine((v) => v.role !== 'officer' || v.organizationId !== null, {
      path: ['organizationId'],
      error: t.organizationRequired,
    });
}
