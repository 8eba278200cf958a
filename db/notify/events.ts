import { eq, sql } from 'drizzle-orm';
import { commentNotice, reviewNotice, type UpdateFacts } from '@/lib/mail/compose';
import { siteUrl } from '@/lib/mail/config';
import type { Db } from '../client';
import { organizations, reportingPeriods, targets, tasks, updates } from '../schema';
import { queueEvent } from './queue';
import { chairs, organizationOfficers } from './recipients';

// The workflow's messages, queued inside the transaction of the change that causes them.

type Tx = Pick<Db, 'select' | 'insert'>;

export function updateFacts(tx: Tx, updateId: number): (UpdateFacts & { organizationId: number }) | null {
  return (
    tx
      .select({
        updateId: updates.id,
        organizationId: updates.organizationId,
        organizationName: organizations.name,
        periodCode: reportingPeriods.code,
        subjectCode: sql<string>`coalesce(${targets.code}, ${tasks.code})`,
        subjectLabel: sql<string>`coalesce(${targets.name}, ${tasks.text})`,
      })
      .from(updates)
      .innerJoin(organizations, eq(organizations.id, updates.organizationId))
      .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
      .leftJoin(targets, eq(targets.id, updates.targetId))
      .leftJoin(tasks, eq(tasks.id, updates.taskId))
      .where(eq(updates.id, updateId))
      .get() ?? null
  );
}

/** To the update's organization: the chair's decision. `version` is the update's version after it. */
export function notifyReview(
  tx: Tx,
  input: { updateId: number; version: number; action: 'returned' | 'approved'; reason: string | null },
): void {
  const facts = updateFacts(tx, input.updateId);
  if (!facts) return;
  const baseUrl = siteUrl();
  queueEvent(tx, organizationOfficers(tx, facts.organizationId), {
    key: `review:${input.updateId}:v${input.version}`,
    kind: 'review',
    updateId: input.updateId,
    build: (to) => reviewNotice(to, baseUrl, facts, { action: input.action, reason: input.reason }),
  });
}

/** To the other side of an update's conversation: the chair when its organization wrote, else the organization. */
export function notifyComment(
  tx: Tx,
  input: {
    commentId: number;
    updateId: number;
    author: { id: number; role: string; displayName: string; organizationName: string | null };
    body: string;
  },
): void {
  const facts = updateFacts(tx, input.updateId);
  if (!facts) return;
  const baseUrl = siteUrl();
  const recipients = (
    input.author.role === 'chair' ? organizationOfficers(tx, facts.organizationId) : chairs(tx)
  ).filter((r) => r.id !== input.author.id);
  queueEvent(tx, recipients, {
    key: `comment:${input.commentId}`,
    kind: 'comment',
    updateId: input.updateId,
    build: (to) =>
      commentNotice(to, baseUrl, facts, {
        authorName: input.author.displayName,
        authorOrganization: input.author.organizationName,
        body: input.body,
      }),
  });
}
