import { editCommentAction, postCommentAction } from '@/app/[lang]/(workspace)/dashboard/comment-actions';
import type { CommentView } from '@/db/access/comments';
import { formatDateTime } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { commentMaxLength } from '@/lib/workflow/comment-rules';
import { CommentForm } from './comment-form';

/**
 * An update's conversation: every comment as plain text (React escapes it; line breaks kept by CSS),
 * the return reasons marked, and the form to write, for the update's organization and the chair.
 */
export function Conversation({
  updateId,
  comments,
  canPost,
  locale,
}: {
  updateId: number;
  comments: CommentView[];
  canPost: boolean;
  locale: Locale;
}) {
  const t = reminderMessages[locale];
  const labels = {
    label: t.commentLabel,
    hint: fill(t.commentHint, { max: commentMaxLength }),
    submit: t.send,
    pending: t.sending,
  };
  return (
    <section aria-labelledby="conversation" className="space-y-3 border-t border-stone-300 pt-4">
      <h2 id="conversation" className="text-xl font-semibold">
        {t.conversation}
      </h2>
      <p className="text-sm text-stone-700">{t.conversationIntro}</p>
      {comments.length === 0 ? <p>{t.noComments}</p> : null}
      <ol className="space-y-3" data-testid="comments">
        {comments.map((c) => (
          <li
            key={c.id}
            className={`rounded border p-3 ${c.kind === 'return_reason' ? 'border-amber-700 bg-amber-50' : 'border-stone-300 bg-white'}`}
            data-testid="comment"
          >
            <p className="text-sm text-stone-700">
              <strong className="text-stone-900">{c.authorName}</strong>
              {c.authorOrganization ? ` · ${c.authorOrganization}` : null} · {formatDateTime(c.createdAt, locale)}
              {c.editedAt ? ` · ${t.edited}` : null}
              {c.kind === 'return_reason' ? <strong className="ml-2 text-amber-900">{t.returnReasonTag}</strong> : null}
            </p>
            <p className="mt-1 whitespace-pre-wrap break-words" data-testid="comment-body">
              {c.body}
            </p>
            {c.editable ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-blue-800 underline">{t.editComment}</summary>
                <CommentForm
                  action={editCommentAction}
                  commentId={c.id}
                  initial={c.body}
                  labels={{ ...labels, submit: t.saveEdit }}
                  maxLength={commentMaxLength}
                  testId={`edit-comment-${c.id}`}
                />
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {canPost ? (
        <CommentForm
          action={postCommentAction}
          updateId={updateId}
          labels={labels}
          maxLength={commentMaxLength}
          testId="comment-form"
        />
      ) : null}
    </section>
  );
}
