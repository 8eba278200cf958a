// Reporting periods of a resolution year: 12 months and 4 quarters, each due a few days after
// it ends (settings key "period_due_days", default 5).
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { settings } from '../schema';

export const defaultDueDays = 5;
export const dueDaysSettingKey = 'period_due_days';

export type PeriodSeed = {
  /** "2023-M01" … "2023-M12", "2023-Q1" … "2023-Q4". */
  code: string;
  kind: 'month' | 'quarter';
  startsOn: string;
  endsOn: string;
  dueOn: string;
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
// UTC arithmetic: calendar days have no time zone, and Date.UTC rolls over month ends for us.
const day = (year: number, monthIndex: number, date: number) => new Date(Date.UTC(year, monthIndex, date));

function period(
  code: string,
  kind: PeriodSeed['kind'],
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

/** Months first, then quarters. Pure. */
export function buildPeriods(year: number, dueDays: number = defaultDueDays): PeriodSeed[] {
  const months = Array.from({ length: 12 }, (_, m) =>
    period(`${year}-M${String(m + 1).padStart(2, '0')}`, 'month', year, m, 1, dueDays),
  );
  const quarters = Array.from({ length: 4 }, (_, q) => period(`${year}-Q${q + 1}`, 'quarter', year, q * 3, 3, dueDays));
  return [...months, ...quarters];
}

/** The configured number of days after a period's end that its report is due. */
export function readDueDays(db: Db): number {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, dueDaysSettingKey)).get();
  const n = row ? Number(row.value) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 366 ? n : defaultDueDays;
}
