import 'server-only';
import { and, asc, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { PeriodKind } from '@/lib/domain';
import { AuthError } from '@/lib/auth/auth-error';
import { revalidatePublicPages } from '@/lib/revalidate-public';
import { getDb, type Db } from '../client';
import {
  organizations,
  periodReopenings,
  reportingPeriods,
  resolutions,
  targets,
  tasks,
  updates,
  users,
} from '../schema';
import { maxReopenDays } from '@/lib/workflow/cadence';
import { writeAudit } from './audit';
import type { Actor } from './periods';
import { assertOfficer, assertRole } from './role-checks';

// Cut-off (chốt số liệu). The chair closes a period: from then on nothing is filed or approved for
// it, so its figures on the public pages and in the reports stay as they are. The chair may reopen
// a closed period for ONE organization, with a reason, for a limited time; the reopening is audited
// and kept as that organization's record. Updates still waiting for a decision must be settled
// before the period closes. Anyone but the chair is refused (AuthError 403).

export { maxReopenDays } from '@/lib/workflow/cadence';

type Reader = Pick<Db, 'select'>;

/** May `organizationId` file or have approved an update for this period at `now`? */
export function periodOpenFor(db: Reader, periodId: number, organizationId: number, now: Date): boolean {
  const period = db
    .select({ closedAt: reportingPeriods.closedAt })
    .from(reportingPeriods)
    .where(eq(reportingPeriods.id, periodId))
    .get();
  if (!period) return false;
  if (!period.closedAt) return true;
  const reopened = db
    .select({ id: periodReopenings.id })
    .from(periodReopenings)
    .where(
      and(
        eq(periodReopenings.periodId, periodId),
        eq(periodReopenings.organizationId, organizationId),
        gt(periodReopenings.until, now),
      ),
    )
    .get();
  return !!reopened;
}

export type WaitingUpdate = {
  id: number;
  periodId: number;
  organizationName: string;
  subjectCode: string;
  submittedAt: Date | null;
};

function waitingFor(db: Reader, periodIds: number[]): WaitingUpdate[] {
  if (periodIds.length === 0) return [];
  return db
    .select({
      id: updates.id,
      periodId: updates.periodId,
      organizationName: organizations.name,
      subjectCode: sql<string>`coalesce(${targets.code}, ${tasks.code})`,
      submittedAt: updates.submittedAt,
    })
    .from(updates)
    .innerJoin(organizations, eq(organizations.id, updates.organizationId))
    .leftJoin(targets, eq(targets.id, updates.targetId))
    .leftJoin(tasks, eq(tasks.id, updates.taskId))
    .where(and(inArray(updates.periodId, periodIds), eq(updates.state, 'submitted')))
    .orderBy(asc(organizations.sortOrder), asc(updates.id))
    .all();
}

export type Reopening = {
  id: number;
  periodId: number;
  periodCode: string;
  organizationId: number;
  organizationName: string;
  reason: string;
  until: Date;
  createdAt: Date;
  createdBy: string;
  /** Still running when read: the organization may file for the period until `until`. */
  running: boolean;
};

const reopeningColumns = {
  id: periodReopenings.id,
  periodId: periodReopenings.periodId,
  periodCode: reportingPeriods.code,
  organizationId: periodReopenings.organizationId,
  organizationName: organizations.name,
  reason: periodReopenings.reason,
  until: periodReopenings.until,
  createdAt: periodReopenings.createdAt,
  createdBy: users.displayName,
};

function reopenings(db: Reader, where: SQL | undefined, now: Date = new Date()): Reopening[] {
  return db
    .select(reopeningColumns)
    .from(periodReopenings)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, periodReopenings.periodId))
    .innerJoin(organizations, eq(organizations.id, periodReopenings.organizationId))
    .innerJoin(users, eq(users.id, periodReopenings.createdBy))
    .where(where)
    .orderBy(desc(periodReopenings.createdAt), desc(periodReopenings.id))
    .all()
    .map((r) => ({ ...r, running: r.until.getTime() > now.getTime() }));
}

export type ClosingPeriod = {
  id: number;
  code: string;
  kind: PeriodKind;
  endsOn: string;
  dueOn: string;
  closedAt: Date | null;
  /** Updates of the period waiting for the chair's decision: settled before the period closes. */
  waiting: WaitingUpdate[];
  reopenings: Reopening[];
};

export type ClosingBoard = { periods: ClosingPeriod[]; organizations: { id: number; name: string }[] };

/** The chair's cut-off page: every period of the current resolution, its state, waiting updates and reopenings. */
export function getClosingBoard(user: Actor): ClosingBoard {
  assertRole(user, ['chair']);
  const db = getDb();
  const organizationRows = db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .orderBy(asc(organizations.sortOrder), asc(organizations.id))
    .all();
  const current = db.select({ id: resolutions.id }).from(resolutions).where(eq(resolutions.state, 'current')).get();
  if (!current) return { periods: [], organizations: organizationRows };
  const periods = db
    .select({
      id: reportingPeriods.id,
      code: reportingPeriods.code,
      kind: reportingPeriods.kind,
      endsOn: reportingPeriods.endsOn,
      dueOn: reportingPeriods.dueOn,
      closedAt: reportingPeriods.closedAt,
    })
    .from(reportingPeriods)
    .where(eq(reportingPeriods.resolutionId, current.id))
    .orderBy(
      sql`CASE ${reportingPeriods.kind} WHEN 'half' THEN 0 WHEN 'year' THEN 1 WHEN 'quarter' THEN 2 ELSE 3 END`,
      asc(reportingPeriods.startsOn),
    )
    .all();
  const ids = periods.map((p) => p.id);
  const waiting = waitingFor(db, ids);
  const reopened = ids.length ? reopenings(db, inArray(periodReopenings.periodId, ids)) : [];
  return {
    periods: periods.map((p) => ({
      ...p,
      waiting: waiting.filter((w) => w.periodId === p.id),
      reopenings: reopened.filter((r) => r.periodId === p.id),
    })),
    organizations: organizationRows,
  };
}

/** The updates of a period still waiting for the chair: to settle before it closes. */
export function listWaitingForPeriod(user: Actor, periodId: number): WaitingUpdate[] {
  assertRole(user, ['chair']);
  return waitingFor(getDb(), [periodId]);
}

export type CloseResult =
  | { ok: true; changed: boolean }
  | { ok: false; code: 'not_found' }
  | { ok: false; code: 'waiting'; waiting: WaitingUpdate[] };

/**
 * Closes a period (chair only). Refused, with the list, while updates of the period wait for a
 * decision: the chair settles them first. The close and its audit row are one transaction; the
 * public pages are refreshed after it (the year-end report is published when the year closes).
 */
export function closePeriod(user: Actor, periodId: number, now: Date = new Date()): CloseResult {
  assertRole(user, ['chair']);
  const result = getDb().transaction(
    (tx): CloseResult => {
      const period = tx
        .select({ id: reportingPeriods.id, code: reportingPeriods.code, closedAt: reportingPeriods.closedAt })
        .from(reportingPeriods)
        .where(eq(reportingPeriods.id, periodId))
        .get();
      if (!period) return { ok: false, code: 'not_found' };
      if (period.closedAt) return { ok: true, changed: false };
      const waiting = waitingFor(tx, [periodId]);
      if (waiting.length > 0) return { ok: false, code: 'waiting', waiting };
      tx.update(reportingPeriods)
        .set({ closedAt: now, closedBy: user.id })
        .where(eq(reportingPeriods.id, periodId))
        .run();
      writeAudit(tx, {
        actorId: user.id,
        action: 'period.close',
        entityType: 'reporting_period',
        entityId: periodId,
        details: { code: period.code },
      });
      return { ok: true, changed: true };
    },
    { behavior: 'immediate' },
  );
  if (result.ok && result.changed) revalidatePublicPages();
  return result;
}

export type ReopenResult =
  | { ok: true; until: Date; organizationName: string }
  | { ok: false; code: 'not_found' | 'not_closed' | 'reason_required' | 'invalid_days' };

/**
 * Reopens a closed period for one organization until now + `days` (1–30), with the chair's
 * reason. The reopening and its audit row are one transaction; it ends by itself.
 */
export function reopenPeriod(
  user: Actor,
  input: { periodId: number; organizationId: number; reason: string; days: number },
  now: Date = new Date(),
): ReopenResult {
  assertRole(user, ['chair']);
  const reason = input.reason.trim();
  if (!reason) return { ok: false, code: 'reason_required' };
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > maxReopenDays)
    return { ok: false, code: 'invalid_days' };
  return getDb().transaction(
    (tx): ReopenResult => {
      const period = tx
        .select({ id: reportingPeriods.id, code: reportingPeriods.code, closedAt: reportingPeriods.closedAt })
        .from(reportingPeriods)
        .where(eq(reportingPeriods.id, input.periodId))
        .get();
      const org = tx
        .select({ id: organizations.id, code: organizations.code, name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, input.organizationId))
        .get();
      if (!period || !org) return { ok: false, code: 'not_found' };
      if (!period.closedAt) return { ok: false, code: 'not_closed' };
      const until = new Date(now.getTime() + input.days * 24 * 60 * 60 * 1000);
      const row = tx
        .insert(periodReopenings)
        .values({ periodId: period.id, organizationId: org.id, reason, until, createdBy: user.id, createdAt: now })
        .returning({ id: periodReopenings.id })
        .get();
      writeAudit(tx, {
        actorId: user.id,
        action: 'period.reopen',
        entityType: 'reporting_period',
        entityId: period.id,
        details: {
          code: period.code,
          reopeningId: row.id,
          organizationId: org.id,
          organization: org.code,
          reason,
          until: until.toISOString(),
        },
      });
      return { ok: true, until, organizationName: org.name };
    },
    { behavior: 'immediate' },
  );
}

/**
 * An organization's reopenings, newest first: its record of late filing (its history page shows
 * them). The chair reads any organization's, an officer its own; AuthError otherwise.
 */
export function listOrganizationReopenings(user: Actor, organizationId: number): Reopening[] {
  if (user.role !== 'chair' && assertOfficer(user) !== organizationId) throw new AuthError(404);
  return reopenings(getDb(), eq(periodReopenings.organizationId, organizationId));
}
