import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { AuthError } from '@/lib/auth/auth-error';
import { getDb } from '../client';
import { notifications } from '../schema';
import type { Actor } from './periods';

// Each account's own notification list: reminders, review notices, comments, digests. Every query
// is scoped to the reader's id; someone else's notification is refused as missing (AuthError 404).

export type NotificationView = {
  id: number;
  kind: string;
  title: string;
  body: string;
  path: string;
  read: boolean;
  createdAt: Date;
};

export function countUnread(user: Actor): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(notifications)
      .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
      .get()?.n ?? 0
  );
}

export function listNotifications(user: Actor, limit = 50): NotificationView[] {
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      path: notifications.path,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, user.id))
    .orderBy(desc(notifications.id))
    .limit(limit)
    .all()
    .map(({ readAt, ...n }) => ({ ...n, read: readAt !== null }));
}

/** Marks one of the reader's notifications read and gives the page it points to; AuthError 404: not theirs. */
export function openNotification(user: Actor, id: number): string {
  const row = getDb()
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${Date.now()})` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, user.id)))
    .returning({ path: notifications.path })
    .get();
  if (!row) throw new AuthError(404);
  return row.path;
}

/** Opening an update marks the reader's notifications about it read. */
export function markUpdateNotificationsRead(user: Actor, updateId: number): void {
  getDb()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, user.id), eq(notifications.updateId, updateId), isNull(notifications.readAt)))
    .run();
}

export function markAllRead(user: Actor): void {
  getDb()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
    .run();
}
