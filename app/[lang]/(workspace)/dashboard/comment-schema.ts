import { z } from 'zod';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { cleanCommentText, commentMaxLength } from '@/lib/workflow/comment-rules';

function bodyField(locale: Locale) {
  const t = reminderMessages[locale];
  return z
    .string({ error: t.commentEmpty })
    .transform(cleanCommentText)
    .pipe(
      z
        .string()
        .min(1, { error: t.commentEmpty })
        .max(commentMaxLength, { error: fill(t.commentTooLong, { max: commentMaxLength }) }),
    );
}

export function postCommentSchema(locale: Locale) {
  return z.object({ updateId: z.coerce.number().int().positive(), body: bodyField(locale) });
}

export function editCommentSchema(locale: Locale) {
  return z.object({ commentId: z.coerce.number().int().positive(), body: bodyField(locale) });
}
