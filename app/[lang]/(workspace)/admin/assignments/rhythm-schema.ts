import { z } from 'zod';
import { cadences } from '@/lib/domain';
import type { Locale } from '@/lib/i18n/locale';
import { rhythmMessages } from '@/lib/i18n/messages/rhythm-admin';
import { isIsoDate } from '@/lib/workflow/calendar';

// The office's rhythm forms as they arrive. "" in a cadence select means "the default".

const optionalCadence = (message: string) =>
  z
    .string()
    .nullish()
    .transform((v) => v || null)
    .pipe(z.enum(cadences, { error: message }).nullable());

export const itemRhythmSchema = (locale: Locale) => {
  const t = rhythmMessages[locale];
  return z.object({
    kind: z.enum(['target', 'task']),
    id: z.coerce.number().int().positive(),
    cadence: optionalCadence(t.invalid),
    yearEndOnly: z
      .string()
      .nullish()
      .transform((v) => v === 'yes'),
    deadline: z
      .string()
      .nullish()
      .transform((v) => (v ? v.trim() : '') || null)
      .refine((v) => v === null || isIsoDate(v), { error: t.deadlineInvalid }),
  });
};

export const defaultCadenceSchema = (locale: Locale) => {
  const t = rhythmMessages[locale];
  return z.object({
    target: z.enum(cadences, { error: t.invalid }),
    task: z.enum(cadences, { error: t.invalid }),
  });
};

export const bulkCadenceSchema = (locale: Locale) => {
  const t = rhythmMessages[locale];
  return z.object({ kind: z.enum(['target', 'task'], { error: t.invalid }), cadence: optionalCadence(t.invalid) });
};
