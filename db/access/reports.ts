import 'server-only';
import { and, asc, between, eq, inArray, sql } from 'drizzle-orm';
import { buildSummary } from '@/lib/public/summary-model';
import { buildPeriodReport, type Letterhead, type PeriodReport, type ReturnedCount } from '@/lib/reports/period-report';
import { reportPeriod, type ReportPeriodKey } from '@/lib/reports/report-period';
import { wardToday } from '@/lib/workflow/calendar';
import { getDb, type Db } from '../client';
import { auditLog, organizations, reportingPeriods, resolutions, settings, updates } from '../schema';
import { readSummaryRows } from './public-summary';
import { AuthError } from '@/lib/auth/auth-error';
import type { CurrentUser } from './session';
import { readWardIdentityFrom } from './ward-identity';
import { emptyWardIdentity, letterheadDefaults, type WardIdentity } from '@/lib/ward/ward-identity';

/** Settings the administrator may set so the letterhead needs no retyping. */
export const letterheadSettingKeys = {
  superior: 'report_superior',
  issuer: 'report_issuer',
  place: 'report_place',
} as const;

/**
 * Who may read which report: the chair any period; everyone (the public too) the year-end one,
 * which the public page links to. Checked here, whatever page or route asks.
 */
export function assertMayReadReport(user: Pick<CurrentUser, 'role'> | null, key: ReportPeriodKey): void {
  if (key === 'Y') return;
  if (!user) throw new AuthError(401);
  if (user.role !== 'chair') throw new AuthError(403);
}

/** The stored letterhead lines, by settings key. */
export function readLetterheadRows(db: Pick<Db, 'select'>): Map<string, string> {
  const rows = db
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(inArray(settings.key, Object.values(letterheadSettingKeys)))
    .all();
  return new Map(rows.map((r) => [r.key, r.value]));
}

/**
 * What the report prints: each stored line, or where none (or a blank) is stored, the line the
 * ward's own name and superior body give (lib/ward/ward-identity.ts).
 */
export function letterheadFrom(rows: Map<string, string>, ward: WardIdentity = emptyWardIdentity): Letterhead {
  const defaults = letterheadDefaults(ward);
  const line = (field: keyof Letterhead) => rows.get(letterheadSettingKeys[field])?.trim() || defaults[field];
  return { superior: line('superior'), issuer: line('issuer'), place: line('place') };
}

export function readLetterhead(db: Db = getDb()): Letterhead {
  return letterheadFrom(readLetterheadRows(db), readWardIdentityFrom(db));
}

/** Reports the chair returned for periods inside [startsOn, endsOn], counted per organization (from the audit log). */
function readReturnedCounts(db: Db, resolutionId: number, startsOn: string, endsOn: string): ReturnedCount[] {
  return db
    .select({ orgName: organizations.name, count: sql<number>`count(*)` })
    .from(auditLog)
    .innerJoin(updates, eq(updates.id, auditLog.entityId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .innerJoin(organizations, eq(organizations.id, updates.organizationId))
    .where(
      and(
        eq(auditLog.action, 'update.return'),
        eq(auditLog.entityType, 'update'),
        eq(reportingPeriods.resolutionId, resolutionId),
        between(reportingPeriods.endsOn, startsOn, endsOn),
      ),
    )
    .groupBy(organizations.id)
    .orderBy(asc(organizations.sortOrder))
    .all();
}

/** The cut-off of a report's period: its day (the six-month and year reviews) and when the chair closed it. */
function readCutoff(db: Db, resolutionId: number, code: string): { on: string | null; closedOn: string | null } {
  const row = db
    .select({ kind: reportingPeriods.kind, dueOn: reportingPeriods.dueOn, closedAt: reportingPeriods.closedAt })
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.resolutionId, resolutionId), eq(reportingPeriods.code, code)))
    .get();
  if (!row) return { on: null, closedOn: null };
  return {
    on: row.kind === 'half' || row.kind === 'year' ? row.dueOn : null,
    closedOn: row.closedAt ? wardToday(row.closedAt) : null,
  };
}

function isArchived(db: Db, resolutionId: number): boolean {
  return (
    db.select({ state: resolutions.state }).from(resolutions).where(eq(resolutions.id, resolutionId)).get()?.state ===
    'archived'
  );
}

/**
 * The year-end report is public only once the chair has closed the year (chốt số liệu): before
 * that its figures may still change. False when no resolution is loaded.
 */
export function isYearClosed(db: Db = getDb()): boolean {
  const row = db
    .select({ closedAt: reportingPeriods.closedAt })
    .from(reportingPeriods)
    .innerJoin(resolutions, eq(resolutions.id, reportingPeriods.resolutionId))
    .where(and(eq(reportingPeriods.kind, 'year'), eq(resolutions.state, 'current')))
    .get();
  return !!row?.closedAt;
}

/**
 * The periodic report from approved figures only (those of periods ending by the period's end).
 * Null when no resolution is loaded, or when the year-end report is not published yet (below).
 * Throws AuthError when `user` may not read this period.
 */
export function readPeriodReport(
  user: Pick<CurrentUser, 'role'> | null,
  key: ReportPeriodKey,
  options: { letterhead?: Partial<Letterhead>; issuedOn?: string; db?: Db; year?: number } = {},
): PeriodReport | null {
  assertMayReadReport(user, key);
  const db = options.db ?? getDb();
  const rows = readSummaryRows(db, options.year);
  if (!rows) return null;
  // The year-end report is published once the year is closed (an earlier, archived year is); the
  // chair previews it before. Unpublished is a state of the report, the same for every other
  // reader and told as "not yet" on the public page: not an access refusal (AuthError).
  const published = key !== 'Y' || rows.yearClosedAt !== null || isArchived(db, rows.resolution.id);
  const previewer = user?.role === 'chair';
  if (!published && !previewer) return null;
  const period = reportPeriod(key, rows.resolution.year);
  const cutoff = readCutoff(db, rows.resolution.id, period.code);
  const stored = readLetterhead(db);
  const letterhead = {
    superior: options.letterhead?.superior || stored.superior,
    issuer: options.letterhead?.issuer || stored.issuer,
    place: options.letterhead?.place || stored.place,
  };
  return buildPeriodReport({
    summary: buildSummary(rows, period.endsOn, period.endsOn),
    period,
    returned: readReturnedCounts(db, rows.resolution.id, period.startsOn, period.endsOn),
    letterhead,
    issuedOn: options.issuedOn ?? wardToday(),
    cutoff,
  });
}
