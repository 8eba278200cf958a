// How a target stands, judged from its latest approved figure. Pure: the same data always gives
// the same status, so a cached public page and a report generated later agree.

export const targetStatuses = ['met', 'on_track', 'at_risk', 'not_met', 'no_data'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

export type TargetStatusInput = {
  /** "min": a floor (reach at least); "max": a ceiling (stay at or below). */
  direction: 'min' | 'max';
  targetValue: number;
  /** The latest approved figure, or null when none is approved yet. */
  value: number | null;
  /**
   * Share of the resolution's year covered by the figure's period (0–1), from
   * `yearShareAt(period.endsOn, year)`. 1 means the figure is a year-end result.
   */
  yearShare: number;
};

/**
 * - no data: nothing approved yet;
 * - met: the figure already satisfies the bound (≥ a floor, ≤ a ceiling);
 * - at year end (share 1) a figure that does not satisfy it is not met;
 * - during the year, a floor is on track while the figure keeps pace with the year
 *   (value ≥ target × share, e.g. half the sown area by the end of June) and at risk below
 *   that pace; a ceiling that is exceeded is at risk, since there is no pace for "stay below".
 */
export function targetStatus({ direction, targetValue, value, yearShare }: TargetStatusInput): TargetStatus {
  if (value === null || !Number.isFinite(value)) return 'no_data';
  const satisfied = direction === 'min' ? atLeast(value, targetValue) : atLeast(targetValue, value);
  if (satisfied) return 'met';
  if (yearShare >= 1) return 'not_met';
  if (direction === 'max') return 'at_risk';
  return atLeast(value, targetValue * clampShare(yearShare)) ? 'on_track' : 'at_risk';
}

// Figures carry a few decimals; binary floating point does not (91,01 × 0,75 computes as
// 68,25750000000001). A tolerance far below any reported decimal keeps boundaries exact.
function atLeast(a: number, b: number): boolean {
  return a >= b - 1e-9 * Math.max(1, Math.abs(b));
}

function clampShare(share: number): number {
  if (!Number.isFinite(share) || share < 0) return 0;
  return share > 1 ? 1 : share;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Share of `year` elapsed at the end of the day `endsOn` ("2023-06-30" → 181/365 ≈ 0,496;
 * "2023-12-31" or any later day → 1; a day before the year → 0).
 */
export function yearShareAt(endsOn: string, year: number): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(endsOn);
  if (!match) throw new Error(`Ngày không hợp lệ: ${endsOn}`);
  const end = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + dayMs;
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return clampShare((end - start) / length);
}
