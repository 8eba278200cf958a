import { and, asc, eq, isNull, lt, lte } from 'drizzle-orm';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { logError, logEvent } from '@/lib/log';
import { longestSendMs, type SendResult } from '@/lib/mail/smtp-send';
import type { Transport } from '@/lib/mail/transport';
import type { Db } from '../client';
import { mailOutbox } from '../schema';
import { messageIdFor } from './queue';

// Delivers the outbox. The guarantee is AT MOST ONCE per message, never twice:
// - a sender claims one row at a time in an immediate transaction (pending → sending, with its
//   name and a lease), so two senders, in one process or two, never hold the same row;
// - it records the result once the SMTP server answered: sent, or back to pending with a backoff
//   when the server can not have it (no connection, login refused, a 4xx reply), or failed for
//   good (a 5xx reply, too many attempts);
// - a row still 'sending' after its lease ran out belongs to a sender that died mid-send (kill -9,
//   power cut): whether the server took the message is unknown, so it is marked failed with that
//   reason and never sent again. The administrator sees it on the outbox page.

export const leaseMs = longestSendMs * 2;
export const maxAttempts = 10;
const firstRetryMs = 60_000;
const longestRetryMs = 60 * 60_000;

/** Wait before attempt n + 1, after n failed ones: 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(firstRetryMs * 2 ** Math.max(0, attempts - 1), longestRetryMs);
}

export type DeliveryCounts = { sent: number; retried: number; failed: number; interrupted: number; held: number };

export function senderName(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Marks the rows of senders that died mid-send (lease run out) as failed, outcome unknown. */
export function failInterrupted(db: Db, now: number): number {
  const rows = db
    .update(mailOutbox)
    .set({
      state: 'failed',
      lastError:
        'interrupted: the sender stopped during the send; the message may or may not have arrived, so it is not sent again',
    })
    .where(and(eq(mailOutbox.state, 'sending'), lt(mailOutbox.leaseUntil, new Date(now))))
    .returning({ id: mailOutbox.id })
    .all();
  if (rows.length > 0)
    logEvent({ event: 'mail.interrupted', userId: null, entity: 'mail_outbox', ids: rows.map((r) => r.id) });
  return rows.length;
}

type Claimed = typeof mailOutbox.$inferSelect;

function claimNext(db: Db, owner: string, now: number): Claimed | null {
  return db.transaction(
    (tx) => {
      const row = tx
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.state, 'pending'), lte(mailOutbox.nextAttemptAt, new Date(now))))
        .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
        .limit(1)
        .get();
      if (!row) return null;
      const changed = tx
        .update(mailOutbox)
        .set({ state: 'sending', leaseOwner: owner, leaseUntil: new Date(now + leaseMs), attempts: row.attempts + 1 })
        .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.state, 'pending')))
        .run().changes;
      return changed === 1 ? { ...row, attempts: row.attempts + 1 } : null;
    },
    { behavior: 'immediate' },
  );
}

function record(
  db: Db,
  row: Claimed,
  owner: string,
  result: SendResult,
  now: number,
  messageId: string,
): keyof DeliveryCounts {
  const mine = and(eq(mailOutbox.id, row.id), eq(mailOutbox.leaseOwner, owner));
  if (result.ok) {
    // Even if the lease ran out meanwhile and the row was marked interrupted, it was sent: say so.
    db.update(mailOutbox)
      .set({ state: 'sent', sentAt: new Date(now), messageId, leaseUntil: null, lastError: null })
      .where(mine)
      .run();
    logEvent({
      event: 'mail.sent',
      userId: null,
      entity: 'mail_outbox',
      ids: [row.id],
      details: { kind: row.kind, attempts: row.attempts },
    });
    return 'sent';
  }
  const giveUp = result.outcome !== 'retry' || row.attempts >= maxAttempts;
  const lastError = result.outcome === 'unknown' ? `outcome unknown, not sent again: ${result.error}` : result.error;
  db.update(mailOutbox)
    .set(
      giveUp
        ? { state: 'failed', lastError, leaseUntil: null }
        : { state: 'pending', lastError, leaseUntil: null, nextAttemptAt: new Date(now + retryDelayMs(row.attempts)) },
    )
    .where(and(mine, eq(mailOutbox.state, 'sending')))
    .run();
  logError(giveUp ? 'mail.failed' : 'mail.retry', new Error(result.error), {
    ids: [row.id],
    kind: row.kind,
    attempts: row.attempts,
  });
  return giveUp ? 'failed' : 'retried';
}

/**
 * Without an SMTP server the outbox keeps every message (the administrator reads them at
 * /admin/outbox); each one is also written to the log once, so nothing disappears unseen.
 */
export function logHeld(db: Db, now: number): number {
  const rows = db
    .update(mailOutbox)
    .set({ heldLoggedAt: new Date(now) })
    .where(and(eq(mailOutbox.state, 'pending'), isNull(mailOutbox.heldLoggedAt)))
    .returning({ id: mailOutbox.id, kind: mailOutbox.kind, to: mailOutbox.toAddress, subject: mailOutbox.subject })
    .all();
  for (const row of rows) {
    logEvent({
      event: 'mail.held',
      userId: null,
      entity: 'mail_outbox',
      ids: [row.id],
      details: { kind: row.kind, to: row.to, subject: row.subject, reason: 'SMTP_URL is not set' },
    });
  }
  return rows.length;
}

/**
 * One pass over the outbox: give up on interrupted sends, then send every message due now, one at
 * a time, until none is left (or `limit`). `transport` null: hold and log them instead.
 */
export async function deliverOutbox(
  db: Db,
  transport: Transport | null,
  options: { owner?: string; now?: () => number; limit?: number } = {},
): Promise<DeliveryCounts> {
  const now = options.now ?? Date.now;
  const owner = options.owner ?? senderName();
  const counts: DeliveryCounts = { sent: 0, retried: 0, failed: 0, interrupted: 0, held: 0 };
  counts.interrupted = failInterrupted(db, now());
  if (!transport) {
    counts.held = logHeld(db, now());
    return counts;
  }
  const limit = options.limit ?? 500;
  for (let i = 0; i < limit; i++) {
    const row = claimNext(db, owner, now());
    if (!row) break;
    const messageId = messageIdFor(row, transport.baseUrl);
    let result: SendResult;
    try {
      result = await transport.send({
        from: transport.from,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        messageId,
      });
    } catch (error) {
      // Composing the message failed before any connection: nothing was handed over.
      result = { ok: false, outcome: 'retry', error: error instanceof Error ? error.message : String(error) };
    }
    counts[record(db, row, owner, result, now(), messageId)]++;
  }
  return counts;
}
