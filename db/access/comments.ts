import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { AuthError } from '@/lib/auth/auth-error';
import { canEditComment, cleanCommentText, commentMaxLength } from '@/lib/workflow/comment-rules';
import { getDb } from '../client';
import { notifyComment } from '../notify/events';
import { wakeMailWorker } from '../notify/worker';
import { organizations, updateComments, updates, users } from '../schema';
import { writeAudit } from './audit';
import type { Actor } from './periods';
import type { CurrentUser } from './session';
import { readableScope } from './update-view';

// An update's conversation between its organization and the chair. The same scope as the update
// itself: an officer of another organization (or the administrator) can neither read nor post,
// and is refused with AuthError (403 for the administrator, 404 for another organization's
// update or someone else's comment, as if it did not exist). Comments are never public.

export type CommentView = {
  id: number;
  kind: 'comment' | 'return_reason';
  body: string;
  authorName: string;
  authorRole: 'officer' | 'chair' | 'admin';
  authorOrganization: string | null;
  createdAt: Date;
  editedAt: Date | null;
  /** The reader wrote it and may still correct it (15 minutes). */
  editable: boolean;
};

export type CommentFailure = { ok: false; code: 'empty' | 'too_long' | 'edit_window_passed' };

/** The update, when the user may read it; AuthError otherwise. */
function readableUpdate(user: Actor, updateId: number): { id: number; organizationId: number } {
  const update = getDb()
    .select({ id: updates.id, organizationId: updates.organizationId })
    .from(updates)
    .where(and(eq(updates.id, updateId), readableScope(user)))
    .get();
  if (!update) throw new AuthError(404);
  return update;
}

/** The conversation in order; AuthError when the user may not read the update. */
export function listComments(user: Actor, updateId: number, now = new Date()): CommentView[] {
  readableUpdate(user, updateId);
  return getDb()
    .select({
      id: updateComments.id,
      kind: updateComments.kind,
      body: updateComments.body,
      authorId: updateComments.authorId,
      authorName: users.displayName,
      authorRole: users.role,
      authorOrganization: organizations.name,
      createdAt: updateComments.createdAt,
      editedAt: updateComments.editedAt,
    })
    .from(updateComments)
    .innerJoin(users, eq(users.id, updateComments.authorId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(updateComments.updateId, updateId))
    .orderBy(asc(updateComments.id))
    .all()
    .map(({ authorId, ...c }) => ({
      ...c,
      editable: authorId === user.id && c.kind === 'comment' && canEditComment(c.createdAt, now),
    }));
}

function checkBody(raw: string): { ok: true; body: string } | CommentFailure {
  if (raw.length > commentMaxLength * 2) return { ok: false, code: 'too_long' };
  const body = cleanCommentText(raw);
  if (!body) return { ok: false, code: 'empty' };
  if (body.length > commentMaxLength) return { ok: false, code: 'too_long' };
  return { ok: true, body };
}

type Author = Actor & Pick<CurrentUser, 'displayName' | 'organizationName'>;

/** Posts a comment as the update's organization or the chair; the other side is told. */
export function postComment(user: Author, updateId: number, text: string): { ok: true; id: number } | CommentFailure {
  readableScope(user);
  const checked = checkBody(text);
  if (!checked.ok) return checked;
  const result = getDb().transaction(
    (tx) => {
      readableUpdate(user, updateId);
      const row = tx
        .insert(updateComments)
        .values({ updateId, authorId: user.id, body: checked.body })
        .returning({ id: updateComments.id })
        .get();
      writeAudit(tx, {
        actorId: user.id,
        action: 'comment.create',
        entityType: 'update',
        entityId: updateId,
        details: { commentId: row.id, length: checked.body.length },
      });
      notifyComment(tx, {
        commentId: row.id,
        updateId,
        author: {
          id: user.id,
          role: user.role,
          displayName: user.displayName,
          organizationName: user.organizationName,
        },
        body: checked.body,
      });
      return { ok: true, id: row.id } as const;
    },
    { behavior: 'immediate' },
  );
  if (result.ok) wakeMailWorker();
  return result;
}

/** Corrects one's own comment within 15 minutes of posting it; never later, never someone else's. */
export function editComment(
  user: Actor,
  commentId: number,
  text: string,
  now = new Date(),
): { ok: true } | CommentFailure {
  readableScope(user);
  const checked = checkBody(text);
  if (!checked.ok) return checked;
  return getDb().transaction(
    (tx) => {
      const comment = tx
        .select({
          id: updateComments.id,
          updateId: updateComments.updateId,
          body: updateComments.body,
          kind: updateComments.kind,
          createdAt: updateComments.createdAt,
        })
        .from(updateComments)
        .where(and(eq(updateComments.id, commentId), eq(updateComments.authorId, user.id)))
        .get();
      // Someone else's comment, a return reason, or one on an update the user may no longer read.
      if (!comment || comment.kind !== 'comment') throw new AuthError(404);
      readableUpdate(user, comment.updateId);
      if (!canEditComment(comment.createdAt, now)) return { ok: false, code: 'edit_window_passed' } as const;
      if (comment.body === checked.body) return { ok: true } as const;
      tx.update(updateComments)
        .set({ body: checked.body, editedAt: now })
        .where(eq(updateComments.id, comment.id))
        .run();
      writeAudit(tx, {
        actorId: user.id,
        action: 'comment.edit',
        entityType: 'update',
        entityId: comment.updateId,
        details: { commentId: comment.id, before: comment.body, after: checked.body },
      });
      return { ok: true } as const;
    },
    { behavior: 'immediate' },
  );
}
