import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
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
// and is answered as if the update did not exist. Comments are never public.

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

export type CommentFailure = { ok: false; code: 'not_found' | 'empty' | 'too_long' | 'edit_window_passed' };

function readableUpdate(user: Actor, updateId: number): { id: number; organizationId: number } | null {
  const scope = readableScope(user);
  if (scope === null) return null;
  return (
    getDb()
      .select({ id: updates.id, organizationId: updates.organizationId })
      .from(updates)
      .where(and(eq(updates.id, updateId), scope))
      .get() ?? null
  );
}

/** The conversation in order, or null when the user may not read the update. */
export function listComments(user: Actor, updateId: number, now = new Date()): CommentView[] | null {
  if (!readableUpdate(user, updateId)) return null;
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
  const checked = checkBody(text);
  if (!checked.ok) return checked;
  if (user.role !== 'officer' && user.role !== 'chair') return { ok: false, code: 'not_found' };
  const result = getDb().transaction(
    (tx) => {
      if (!readableUpdate(user, updateId)) return { ok: false, code: 'not_found' } as const;
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
      if (!comment || comment.kind !== 'comment' || !readableUpdate(user, comment.updateId)) {
        return { ok: false, code: 'not_found' } as const;
      }
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
