import { z } from 'zod';
import { newPasswordField } from '@/lib/auth/password-field';
import type { Locale } from '@/lib/i18n/locale';
import { accountMessages } from '@/lib/i18n/messages/account';

export function changePasswordSchema(locale: Locale) {
  const t = accountMessages[locale];
  return z
    .object({
      currentPassword: z
        .string({ error: t.currentRequired })
        .min(1, { error: t.currentRequired })
        .max(200, { error: t.wrongCurrent }),
      newPassword: newPasswordField(t),
      confirmPassword: z.string({ error: t.mismatch }),
    })
    .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], error: t.sameAsCurrent })
    .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], error: t.mismatch });
}
