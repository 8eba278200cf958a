'use server';

import { refresh } from 'next/cache';
import { editComment, postComment, type CommentFailure } from '@/db/access/comments';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { commentMaxLength } from '@/lib/workflow/comment-rules';
import { editCommentSchema, postCommentSchema } from './comment-schema';

function refusal(locale: Locale, code: CommentFailure['code']) {
  const t = reminderMessages[locale];
  const message = {
    empty: t.commentEmpty,
    too_long: fill(t.commentTooLong, { max: commentMaxLength }),
    edit_window_passed: t.editWindowPassed,
  }[code];
  return failure(message, code === 'empty' || code === 'too_long' ? { body: message } : {});
}

/** The update's organization or the chair writes in its conversation; the other side is told. */
export const postCommentAction = authedAction(['officer', 'chair'], postCommentSchema, (input, { user, locale }) => {
  const result = postComment(user, input.updateId, input.body);
  if (!result.ok) return refusal(locale, result.code);
  refresh();
  return success(reminderMessages[locale].commentSent);
});

/** Its author corrects a comment, within 15 minutes of posting it. */
export const editCommentAction = authedAction(['officer', 'chair'], editCommentSchema, (input, { user, locale }) => {
  const result = editComment(user, input.commentId, input.body);
  if (!result.ok) return refusal(locale, result.code);
  refresh();
  return success(reminderMessages[locale].commentEdited);
});
