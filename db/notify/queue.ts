import { createHash } from 'node:crypto';
import type { MessageKind } from '@/lib/domain';
import type { ComposedMessage } from '@/lib/mail/compose';
import type { Db } from '../client';
import { mailOutbox, notifications } from '../schema';
import type { RecipientRow } from './recipients';

// Writes one event's messages inside the event's own transaction: a line in each recipient's
// notification list and, for a recipient with an address who has not turned this kind off, an
// email in the outbox. Both carry the event's idempotency key (event + recipient), so queueing
// the same event again (the scheduler run twice, in two processes) adds nothing.

export type QueuedEvent = {
  /** Names the event; the recipient's id is appended. */
  key: string;
  kind: MessageKind;
  updateId: number | null;
  build: (recipient: RecipientRow) => ComposedMessage;
};

export type QueueCounts = { notifications: number; emails: number };

export function queueEvent(tx: Pick<Db, 'insert'>, recipients: RecipientRow[], event: QueuedEvent): QueueCounts {
  const counts = { notifications: 0, emails: 0 };
  for (const recipient of recipients) {
    const key = `${event.key}:u${recipient.id}`;
    const message = event.build(recipient);
    counts.notifications += tx
      .insert(notifications)
      .values({
        userId: recipient.id,
        idempotencyKey: key,
        kind: event.kind,
        title: message.title,
        body: message.body,
        path: message.path,
        updateId: event.updateId,
      })
      .onConflictDoNothing()
      .run().changes;
    if (!recipient.email || recipient.mailOptOut.includes(event.kind)) continue;
    counts.emails += tx
      .insert(mailOutbox)
      .values({
        idempotencyKey: key,
        kind: event.kind,
        userId: recipient.id,
        toAddress: recipient.email,
        subject: message.subject,
        textBody: message.text,
        htmlBody: message.html,
      })
      .onConflictDoNothing()
      .run().changes;
  }
  return counts;
}

/** The Message-ID of an outbox row: the same for every attempt, unique to its idempotency key. */
export function messageIdFor(row: { id: number; idempotencyKey: string }, baseUrl: string): string {
  const digest = createHash('sha256').update(row.idempotencyKey).digest('hex').slice(0, 20);
  return `<outbox.${row.id}.${digest}@${new URL(baseUrl).hostname}>`;
}
