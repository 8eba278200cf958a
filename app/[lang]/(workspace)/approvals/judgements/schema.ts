import { z } from 'zod';
import { judgementVerdicts } from '@/lib/domain';
import type { Locale } from '@/lib/i18n/locale';
import { judgementMessages } from '@/lib/i18n/messages/judgements';

// The chair's judgement form as it arrives: the target by id (the data layer checks it is a
// qualitative target of the current year), a verdict or '' to withdraw it, an optional remark.
export const judgementSchema = (locale: Locale) => {
  const t = judgementMessages[locale];
  return z.object({
    targetId: z.coerce.number().int().positive(),
    code: z.string().max(20),
    judgement: z.union([z.literal(''), z.enum(judgementVerdicts)], { error: t.verdictInvalid }),
    note: z.string().trim().max(500, { error: t.noteTooLong }).default(''),
  });
};
