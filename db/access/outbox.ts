import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { MailState } from '@/lib/domain';
import { getDb } from '../client';
import { reminderDaysBefore, reminderDaysKey } from '../notify/reminder-settings';
import { mailOutbox, settings, users } from '../schema';
import { writeAudit } from './audit';
import { assertRole, type CurrentUser } from './session';

// The administrator's view of the outbox (what was sent, what waits, what failed and why) and
// the office's reminder setting.

export type OutboxRow = {
  id: number;
  kind: string;
  toAddress: string;
  username: string | null;
  subject: string;
  state: MailState;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
  sentAt: Date | null;
};

export const outboxPageSize = 50;

export function listOutbox(
  actor: CurrentUser,
  state: MailState | null,
  page: number,
): { rows: OutboxRow[]; counts: Record<MailState, number> } {
  assertRole(actor, ['admin']);
  const db = getDb();
  const rows = db
    .select({
      id: mailOutbox.id,
      kind: mailOutbox.kind,
      toAddress: mailOutbox.toAddress,
      username: users.username,
      subject: mailOutbox.subject,
      state: mailOutbox.state,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .leftJoin(users, eq(users.id, mailOutbox.userId))
    .where(state ? eq(mailOutbox.state, state) : undefined)
    .orderBy(desc(mailOutbox.id))
    .limit(outboxPageSize)
    .offset(Math.max(0, page - 1) * outboxPageSize)
    .all();
  const counts: Record<MailState, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const c of db
    .select({ state: mailOutbox.state, n: sql<number>`count(*)` })
    .from(mailOutbox)
    .groupBy(mailOutbox.state)
    .all())
    counts[c.state] = c.n;
  return { rows, counts };
}

export function getReminderDays(actor: CurrentUser): number {
  assertRole(actor, ['admin']);
  return reminderDaysBefore(getDb());
}

export function setReminderDays(actor: CurrentUser, days: number): void {
  assertRole(actor, ['admin']);
  getDb().transaction(
    (tx) => {
      const before = reminderDaysBefore(tx);
      if (before === days) return;
      tx.insert(settings)
        .values({ key: reminderDaysKey, value: String(days) })
        .onConflictDoUpdate({ target: settings.key, set: { value: String(days) } })
        .run();
      writeAudit(tx, {
        actorId: actor.id,
        action: 'settings.reminder_days',
        entityType: 'settings',
        details: { before, after: days },
      });
    },
    { behavior: 'immediate' },
  );
}
