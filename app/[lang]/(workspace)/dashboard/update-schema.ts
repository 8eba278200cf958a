import { z } from 'zod';
import { taskStatuses } from '@/db/schema';
import { figureKinds } from '@/lib/domain';
import { parseDecimal } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { workflowErrors } from '@/lib/i18n/messages/workflow-errors';
import { workflowMessages } from '@/lib/i18n/messages/workflow';

// The update form as it arrives (strings), checked on the server. Shape only: ranges, required
// fields for submission and ownership are the data layer's rules.

const optionalId = z
  .string()
  .nullish()
  .transform((v) => (v ? Number(v) : null))
  .pipe(z.number().int().positive().nullable());

export function updateSchema(locale: Locale) {
  const t = workflowMessages[locale];
  const e = workflowErrors[locale];
  const text = (max: number) =>
    z
      .string()
      .nullish()
      .transform((v) => (v ?? '').trim())
      .pipe(z.string().max(max, { error: t.tooLong }))
      .transform((v) => (v === '' ? null : v));
  return z.object({
    id: optionalId,
    version: z
      .string()
      .nullish()
      .transform((v) => (v ? Number(v) : null))
      .pipe(z.number().int().nonnegative().nullable()),
    kind: z.enum(['target', 'task']),
    subjectId: z.coerce.number().int().positive(),
    periodId: z.coerce
      .number({ error: e.invalid_period })
      .int({ error: e.invalid_period })
      .positive({ error: e.invalid_period }),
    value: z
      .string()
      .nullish()
      .transform((v, ctx) => {
        const raw = (v ?? '').trim();
        if (!raw) return null;
        const n = parseDecimal(raw);
        if (n === null) {
          ctx.addIssue({ code: 'custom', message: t.valueInvalid });
          return z.NEVER;
        }
        return n;
      }),
    figureKind: z
      .string()
      .nullish()
      .transform((v) => (v ? v : null))
      .pipe(z.enum(figureKinds, { error: e.figure_kind_required }).nullable()),
    note: text(2000),
    taskStatus: z
      .string()
      .nullish()
      .transform((v) => (v ? v : null))
      .pipe(z.enum(taskStatuses, { error: e.status_required }).nullable()),
    progress: z
      .string()
      .nullish()
      .transform((v) => (v ?? '').trim())
      .pipe(z.union([z.literal(''), z.string().regex(/^\d{1,3}$/, { error: t.progressInvalid })]))
      .transform((v) => (v === '' ? null : Number(v)))
      .pipe(z.number().int().min(0, { error: t.progressInvalid }).max(100, { error: t.progressInvalid }).nullable()),
    narrative: text(5000),
    intent: z.enum(['save', 'submit']).catch('save'),
  });
}

export const evidenceRemovalSchema = () =>
  z.object({ evidenceId: z.coerce.number().int().positive(), updateId: z.coerce.number().int().positive() });
