// Reporting periods of a resolution year: 12 months and 4 quarters, each due a few days after it
// ends (settings key "period_due_days", default 5), and the two reviews a ward holds: the first six
// months (sơ kết, "YYYY-H1") and the year (tổng kết, "YYYY-Y"). Those two are due on their cut-off
// day (chốt số liệu, settings "cutoff_h1" and "cutoff_year", "MM-DD", defaults 14/6 and 14/12 as
// the national reporting system sets them): the figures filed then are estimates of the whole
// period, made official later.
import { eq } from 'drizzle-orm';
import type { PeriodKind } from '../../lib/domain';
import type { Db } from '../client';
import { reportingPeriods, settings } from '../schema';

export const defaultDueDays = 5;
export const dueDaysSettingKey = 'period_due_days';

export const cutoffSettingKeys = { half: 'cutoff_h1', year: 'cutoff_year' } as const;
export const defaultCutoffs = { half: '06-14', year: '12-14' } as const;
export type Cutoffs = { half: string; year: string };

export type PeriodSeed = {
  /** "2023-M01" … "2023-M12", "2023-Q1" … "2023-Q4", "2023-H1", "2023-Y". */
  code: string;
  kind: PeriodKind;
  startsOn: string;
  endsOn: string;
  dueOn: string;
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
// UTC arithmetic: calendar days have no time zone, and Date.UTC rolls over month ends for us.
const day = (year: number, monthIndex: number, date: number) => new Date(Date.UTC(year, monthIndex, date));

function period(
  code: string,
  kind: PeriodKind,
  year: number,
  firstMonth: number,
  months: number,
  dueDays: number,
): PeriodSeed {
  const end = day(year, firstMonth + months, 0); // day 0 of the next month = last day of this one
  return {
    code,
    kind,
    startsOn: iso(day(year, firstMonth, 1)),
    endsOn: iso(end),
    dueOn: iso(day(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate() + dueDays)),
  };
}

/** A "MM-DD" that is a real day of `year` (29/02 only in a leap year). */
function cutoffDay(year: number, monthDay: string): string | null {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!m) return null;
  const d = day(year, Number(m[1]) - 1, Number(m[2]));
  return iso(d) === `${year}-${monthDay}` ? iso(d) : null;
}

/** Months, quarters, then the first six months and the year. Pure. */
export function buildPeriods(
  year: number,
  dueDays: number = defaultDueDays,
  cutoffs: Cutoffs = defaultCutoffs,
): PeriodSeed[] {
  const months = Array.from({ length: 12 }, (_, m) =>
    period(`${year}-M${String(m + 1).padStart(2, '0')}`, 'month', year, m, 1, dueDays),
  );
  const quarters = Array.from({ length: 4 }, (_, q) => period(`${year}-Q${q + 1}`, 'quarter', year, q * 3, 3, dueDays));
  const half = period(`${year}-H1`, 'half', year, 0, 6, dueDays);
  const whole = period(`${year}-Y`, 'year', year, 0, 12, dueDays);
  half.dueOn = cutoffDay(year, cutoffs.half) ?? cutoffDay(year, defaultCutoffs.half)!;
  whole.dueOn = cutoffDay(year, cutoffs.year) ?? cutoffDay(year, defaultCutoffs.year)!;
  return [...months, ...quarters, half, whole];
}

function readSetting(db: Pick<Db, 'select'>, key: string): string | null {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value ?? null;
}

/** The configured number of days after a period's end that its update is due. */
export function readDueDays(db: Pick<Db, 'select'>): number {
  const n = Number(readSetting(db, dueDaysSettingKey) ?? NaN);
  return Number.isInteger(n) && n >= 0 && n <= 366 ? n : defaultDueDays;
}

/** The configured cut-off days ("MM-DD") of the six-month and year-end reviews. */
export function readCutoffs(db: Pick<Db, 'select'>): Cutoffs {
  const valid = (v: string | null, fallback: string) => (v && cutoffDay(2024, v) ? v : fallback);
  return {
    half: valid(readSetting(db, cutoffSettingKeys.half), defaultCutoffs.half),
    year: valid(readSetting(db, cutoffSettingKeys.year), defaultCutoffs.year),
  };
}

/**
 * Creates the reporting periods of a resolution for its year, with the due-day and cut-off
 * settings. Idempotent: periods that exist (by code) are left as they are, so it also completes
 * the periods of a resolution imported before a kind of period existed. Call it inside the
 * transaction that creates or publishes the resolution. Returns how many periods it created.
 */
export function createResolutionPeriods(db: Db, resolutionId: number, year: number): number {
  const wanted = buildPeriods(year, readDueDays(db), readCutoffs(db));
  const existing = new Set(
    db
      .select({ code: reportingPeriods.code })
      .from(reportingPeriods)
      .where(eq(reportingPeriods.resolutionId, resolutionId))
      .all()
      .map((p) => p.code),
  );
  const missing = wanted.filter((p) => !existing.has(p.code));
  if (missing.length === 0) return 0;
  db.insert(reportingPeriods)
    .values(missing.map((p) => ({ resolutionId, ...p })))
    .onConflictDoNothing()
    .run();
  return missing.length;
}
