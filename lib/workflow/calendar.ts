// Calendar rules of the reporting year, as pure functions of an ISO date ('YYYY-MM-DD') so they
// can be tested for any day. "Today" is the ward's calendar day (Asia/Ho_Chi_Minh).

const dayMs = 24 * 60 * 60 * 1000;

/** The ward's calendar day for an instant. */
export function wardToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

function utcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / dayMs);
}

/** `iso` plus `days` days. */
export function addDays(iso: string, days: number): string {
  return new Date(utcDay(iso) + days * dayMs).toISOString().slice(0, 10);
}

/** A calendar date that really exists, written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(utcDay(value)).toISOString().slice(0, 10) === value;
}

export type DuePeriod = { id: number; code: string; dueOn: string };

/**
 * The deadlines that matter today: `upcoming` holds the periods with the nearest due date on or
 * after today, `overdue` those with the latest due date already passed. Each is at most a month
 * and a quarter (they share a due date at a quarter's end), so a dashboard built on them stays
 * bounded however long the year has run.
 */
export function focusPeriods<P extends DuePeriod>(
  periods: readonly P[],
  today: string,
): { upcoming: P[]; overdue: P[] } {
  let nextDue: string | null = null;
  let lastPassed: string | null = null;
  for (const p of periods) {
    if (p.dueOn >= today) {
      if (nextDue === null || p.dueOn < nextDue) nextDue = p.dueOn;
    } else if (lastPassed === null || p.dueOn > lastPassed) {
      lastPassed = p.dueOn;
    }
  }
  return {
    upcoming: nextDue === null ? [] : periods.filter((p) => p.dueOn === nextDue),
    overdue: lastPassed === null ? [] : periods.filter((p) => p.dueOn === lastPassed),
  };
}

/** A due date counts as approaching within this many days. */
export const approachingDays = 7;

export function isApproaching(dueOn: string, today: string): boolean {
  const d = daysBetween(today, dueOn);
  return d >= 0 && d <= approachingDays;
}
