import 'server-only';
import { and, asc, between, eq, inArray, sql } from 'drizzle-orm';
import { buildSummary } from '@/lib/public/summary-model';
import { buildPeriodReport, type Letterhead, type PeriodReport, type ReturnedCount } from '@/lib/reports/period-report';
import { reportPeriod, type ReportPeriodKey } from '@/lib/reports/report-period';
import { wardToday } from '@/lib/workflow/calendar';
import { getDb, type Db } from '../client';
import { auditLog, organizations, reportingPeriods, settings, updates } from '../schema';
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

/**
 * The periodic report from approved figures only (those of periods ending by the period's end).
 * Null when no resolution is loaded. Throws AuthError when `user` may not read this period.
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
  const period = reportPeriod(key, rows.resolution.year);
  const stored = readLetterhead(db);
  const letterhead = {
    superior: options.letterhead?.superior || stored.superior,
    issuer: options.letterhead?.issuer || stored.issuer,
    place: options.letterhead?.place || stored.place,
  };
  return buildPeriodReport({
    summary: buildSummary(rows, period.endsOn),
    period,
    returned: readReturnedCounts(db, rows.resolution.id, period.startsOn, period.endsOn),
    letterhead,
    issuedOn: options.issuedOn ?? wardToday(),
  });
}
