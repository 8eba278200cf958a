import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PeriodKind } from '@/lib/domain';
import { cache } from 'react';
import { isIsoDate } from '@/lib/workflow/calendar';
import { getDb, type Db } from '../client';
import { reportingPeriods, resolutions } from '../schema';
import { writeAudit } from './audit';
import type { CurrentUser } from './session';
import { assertRole } from './role-checks';

export type Actor = Pick<CurrentUser, 'id' | 'role' | 'organizationId'>;

export type PeriodRow = {
  id: number;
  code: string;
  kind: PeriodKind;
  startsOn: string;
  endsOn: string;
  dueOn: string;
};

export type CurrentResolution = { id: number; year: number };

/**
 * The resolution being worked on: the one in state 'current' (publishing a new year archives the
 * previous one; a partial unique index keeps it to one). The only definition of "current" — the
 * officers' dashboards, the chair's pages, the public summary and the archive's refusal all ask it.
 * Once per request (React cache): the workspace layout's notices and the page both ask.
 */
export const currentResolution = cache((): CurrentResolution | null => readCurrentResolution(getDb()));

/** The same, on a given connection or transaction (no per-request cache). */
export function readCurrentResolution(db: Pick<Db, 'select'>): CurrentResolution | null {
  return (
    db
      .select({ id: resolutions.id, year: resolutions.year })
      .from(resolutions)
      .where(eq(resolutions.state, 'current'))
      .get() ?? null
  );
}

const periodColumns = {
  id: reportingPeriods.id,
  code: reportingPeriods.code,
  kind: reportingPeriods.kind,
  startsOn: reportingPeriods.startsOn,
  endsOn: reportingPeriods.endsOn,
  dueOn: reportingPeriods.dueOn,
};

/**
 * The reporting periods of a resolution: months, quarters, the first six months, the year. Periods are not secret (the public
 * reports name them), so every signed-in role may read them. Once per request, like the above.
 */
export const listPeriods = cache((resolutionId: number): PeriodRow[] => {
  return getDb()
    .select(periodColumns)
    .from(reportingPeriods)
    .where(eq(reportingPeriods.resolutionId, resolutionId))
    .orderBy(
      sql`CASE ${reportingPeriods.kind} WHEN 'month' THEN 0 WHEN 'quarter' THEN 1 WHEN 'half' THEN 2 ELSE 3 END`,
      asc(reportingPeriods.startsOn),
    )
    .all();
});

export type DueDateResult =
  { ok: true } | { ok: false; code: 'not_found' | 'invalid_date' | 'due_before_end' | 'stale_version' };

/**
 * Moves a period's due date (administrator only, else AuthError 403). `expectedDueOn` is the date the administrator
 * saw: when someone changed it meanwhile nothing is written and the caller is told.
 */
export function updatePeriodDueDate(
  user: Actor,
  input: { periodId: number; dueOn: string; expectedDueOn: string },
): DueDateResult {
  assertRole(user, ['admin']);
  if (!isIsoDate(input.dueOn)) return { ok: false, code: 'invalid_date' };
  const db = getDb();
  return db.transaction(
    (tx) => {
      const period = tx
        .select({
          id: reportingPeriods.id,
          code: reportingPeriods.code,
          kind: reportingPeriods.kind,
          startsOn: reportingPeriods.startsOn,
          endsOn: reportingPeriods.endsOn,
          dueOn: reportingPeriods.dueOn,
        })
        .from(reportingPeriods)
        .where(eq(reportingPeriods.id, input.periodId))
        .get();
      if (!period) return { ok: false, code: 'not_found' } as const;
      // A review's estimates are due on its cut-off day, before the period ends; a month's or a
      // quarter's update comes after its end.
      const earliest = period.kind === 'half' || period.kind === 'year' ? period.startsOn : period.endsOn;
      if (input.dueOn < earliest) return { ok: false, code: 'due_before_end' } as const;
      if (period.dueOn === input.dueOn) return { ok: true } as const;
      const changed = tx
        .update(reportingPeriods)
        .set({ dueOn: input.dueOn })
        .where(and(eq(reportingPeriods.id, period.id), eq(reportingPeriods.dueOn, input.expectedDueOn)))
        .run().changes;
      if (changed !== 1) return { ok: false, code: 'stale_version' } as const;
      writeAudit(tx, {
        actorId: user.id,
        action: 'period.due_date',
        entityType: 'reporting_period',
        entityId: period.id,
        details: { code: period.code, before: period.dueOn, after: input.dueOn },
      });
      return { ok: true } as const;
    },
    { behavior: 'immediate' },
  );
}
