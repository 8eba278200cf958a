import { z } from 'zod';
import type { AssignmentRole } from '@/db/access/assignments';
import type { Locale } from '@/lib/i18n/locale';
import { assignmentMessages } from '@/lib/i18n/messages/admin-assignments';

/**
 * The form holds one select per organization, named `org_<id>`, valued '' (not involved),
 * 'lead' or 'coordinate'. Which organizations exist is checked by the access layer.
 */
export function assignmentSchema(locale: Locale) {
  const t = assignmentMessages[locale];
  return z
    .object({
      kind: z.enum(['target', 'task'], { error: t.notFound }),
      id: z.coerce.number({ error: t.notFound }).int({ error: t.notFound }).positive({ error: t.notFound }),
    })
    .catchall(z.string())
    .transform((form, ctx) => {
      const wanted: { organizationId: number; role: AssignmentRole }[] = [];
      for (const [key, value] of Object.entries(form)) {
        const match = /^org_(\d{1,9})$/.exec(key);
        if (!match || value === '') continue;
        if (value !== 'lead' && value !== 'coordinate') {
          ctx.addIssue({ code: 'custom', path: [key], message: t.invalidRole });
          return z.NEVER;
        }
        wanted.push({ organizationId: Number(match[1]), role: value });
      }
      return { kind: form.kind, id: form.id, wanted };
    });
}
