import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { revalidatePublicPages } from '@/lib/revalidate-public';
import { bumpPublicRevision } from '../public-revision';
import type { WorkflowFailure } from '@/lib/workflow/errors';
import { isSelfReview } from '@/lib/workflow/self-review';
import { transition } from '@/lib/workflow/state-machine';
import { getDb, type Db } from '../client';
import { notifyReview } from '../notify/events';
import { wakeMailWorker } from '../notify/worker';
import { updateComments, updates } from '../schema';
import { writeAudit } from './audit';
import { periodOpenFor } from './period-closing';
import type { Actor } from './periods';
import { findGaps, type GapRow } from './reporting-gaps';
import { assertRole } from './role-checks';

// The chair's side of the workflow: approve (one or several) and return with a reason.
// Each decision checks the state machine and the version the chair saw, in the same immediate
// transaction as the row change and its audit entry. Anyone but the chair is refused (AuthError 403).

export type ReviewItem = { id: number; version: number };
export type ReviewOutcome = { id: number; ok: true; version: number } | ({ id: number } & WorkflowFailure);

function loadForReview(tx: Db, id: number) {
  return (
    tx
      .select({
        id: updates.id,
        state: updates.state,
        organizationId: updates.organizationId,
        version: updates.version,
        role: updates.role,
        periodId: updates.periodId,
      })
      .from(updates)
      .where(eq(updates.id, id))
      .get() ?? null
  );
}

function decide(
  tx: Db,
  user: Actor,
  item: ReviewItem,
  action: 'approve' | 'return',
  reason: string | null,
  now: Date,
  bulk = false,
): ReviewOutcome {
  const row = loadForReview(tx, item.id);
  const decision = transition(action, user, row, reason);
  if (!decision.ok) return { id: item.id, ok: false, code: decision.code };
  // A row exists past this point: the machine refuses a missing one.
  const current = row!;
  if (current.version !== item.version) return { id: item.id, ok: false, code: 'stale_version' };
  // Nothing is approved for a closed period (chốt số liệu) unless it was reopened for the organization.
  if (action === 'approve' && !periodOpenFor(tx, current.periodId, current.organizationId, now))
    return { id: item.id, ok: false, code: 'period_closed' };
  // Tự duyệt: the chair's own organization's update is decided one by one, never in bulk.
  const selfReview = isSelfReview(user, current);
  if (selfReview && bulk) return { id: item.id, ok: false, code: 'self_review_bulk' };
  const changed = tx
    .update(updates)
    .set({
      state: decision.to,
      reviewerId: user.id,
      reviewedAt: now,
      ...(action === 'return' ? { returnReason: reason!.trim() } : {}),
      version: current.version + 1,
      updatedAt: now,
    })
    .where(and(eq(updates.id, current.id), eq(updates.version, current.version), eq(updates.state, 'submitted')))
    .run().changes;
  if (changed !== 1) return { id: item.id, ok: false, code: 'stale_version' };
  writeAudit(tx, {
    actorId: user.id,
    action: action === 'approve' ? 'update.approve' : 'update.return',
    entityType: 'update',
    entityId: current.id,
    details: {
      from: current.state,
      to: decision.to,
      version: current.version + 1,
      ...(action === 'return' ? { reason: reason!.trim() } : {}),
      ...(selfReview ? { selfReview: true } : {}),
    },
  });
  // The return's reason opens (or continues) the update's conversation.
  if (action === 'return') {
    tx.insert(updateComments)
      .values({ updateId: current.id, authorId: user.id, kind: 'return_reason', body: reason!.trim(), createdAt: now })
      .run();
  }
  notifyReview(tx, {
    updateId: current.id,
    version: current.version + 1,
    action: action === 'approve' ? 'approved' : 'returned',
    reason: action === 'return' ? reason!.trim() : null,
  });
  return { id: item.id, ok: true, version: current.version + 1 };
}

/**
 * Approves each update that is still submitted at the version the chair saw; the others are
 * reported back untouched. A bulk approval (`bulk`) leaves out the updates of the chair's own
 * organization (tự duyệt, lib/workflow/self-review.ts): those are approved one by one, and their
 * audit rows say `selfReview`. One transaction: every approval lands with its audit row, or none.
 */
export function approveUpdates(user: Actor, items: ReviewItem[], options: { bulk?: boolean } = {}): ReviewOutcome[] {
  assertRole(user, ['chair']);
  const unique = [...new Map(items.map((i) => [i.id, i])).values()];
  const now = new Date();
  const outcomes = getDb().transaction(
    (tx) => {
      const decided = unique.map((item) => decide(tx, user, item, 'approve', null, now, options.bulk ?? false));
      // Committed with the approvals: every server on this database refreshes its public pages.
      if (decided.some((o) => o.ok)) bumpPublicRevision(tx);
      return decided;
    },
    { behavior: 'immediate' },
  );
  // Approved figures are what the public sees: refresh the cached public pages at once.
  if (outcomes.some((o) => o.ok)) {
    revalidatePublicPages();
    wakeMailWorker();
  }
  return outcomes;
}

/** Sends a submitted update back to its organization with the chair's reason (required). */
export function returnUpdate(user: Actor, item: ReviewItem & { reason: string }): ReviewOutcome {
  assertRole(user, ['chair']);
  const outcome = getDb().transaction((tx) => decide(tx, user, item, 'return', item.reason, new Date()), {
    behavior: 'immediate',
  });
  if (outcome.ok) wakeMailWorker();
  return outcome;
}

/** How many updates wait for the chair (the navigation badge). */
export function countWaiting(user: Actor): number {
  assertRole(user, ['chair']);
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(updates)
      .where(eq(updates.state, 'submitted'))
      .get()?.n ?? 0
  );
}

/** For the chair: every organization's missing updates for one period. */
export function listGapsForPeriod(user: Actor, periodId: number): GapRow[] {
  assertRole(user, ['chair']);
  return findGaps(getDb(), [periodId], null);
}
