import { z } from 'zod';
import { passwordMaxLength, passwordMinLength } from '@/lib/auth/password';
import type { Locale } from '@/lib/i18n/locale';
import { accountMessages } from '@/lib/i18n/messages/account';

export function changePasswordSchema(locale: Locale) {
  const t = accountMessages[locale];
  return z
    .object({
      currentPassword: z.string({ error: t.currentRequired }).min(1, { error: t.currentRequired }).max(200, { error: t.wrongCurrent }),
      newPassword: z
        .string({ error: t.tooShort })
        .refine((v) => [...v].length >= passwordMinLength, { error: t.tooShort })
        .refine((v) => [...v].length <= passwordMaxLength, { error: t.tooLong }),
      confirmPassword: z.string({ error: t.mismatch }),
    })
    .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], error: t.mismatch });
}
