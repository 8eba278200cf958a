import { z } from 'zod';
import { digestFrequencies, messageKinds, type MessageKind } from '@/lib/domain';
import type { Locale } from '@/lib/i18n/locale';
import { reminderMessages } from '@/lib/i18n/messages/reminders';

/** The form's checkbox for a kind of email: checked means "send it". */
export const receiveField = (kind: MessageKind) => `receive_${kind}` as const;

const emailMaxLength = 254;

/** Email address (optional), language, digest frequency, and one "receive by email" box per kind. */
export function preferencesSchema(locale: Locale) {
  const t = reminderMessages[locale];
  return z
    .object({
      userId: z.coerce.number().int().positive().optional(),
      email: z.preprocess(
        (v) => (typeof v === 'string' ? v.trim() : v),
        z.union([z.literal(''), z.email({ error: t.emailInvalid }).max(emailMaxLength, { error: t.emailInvalid })], {
          error: t.emailInvalid,
        }),
      ),
      locale: z.enum(['vi', 'en']),
      digestFrequency: z.enum(digestFrequencies).default('weekly'),
      ...Object.fromEntries(messageKinds.map((k) => [receiveField(k), z.literal('on').optional()])),
    })
    .transform((v) => {
      const fields = v as Record<string, unknown>;
      return {
        userId: v.userId ?? null,
        email: v.email === '' ? null : v.email.toLowerCase(),
        locale: v.locale,
        digestFrequency: v.digestFrequency,
        mailOptOut: messageKinds.filter((k) => fields[receiveField(k)] !== 'on'),
      };
    });
}
