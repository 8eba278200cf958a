// A target's verdict in the words of a ward's review document, judged from the figure that stands
// (see figure-precedence.ts). Pure: the same data always gives the same verdict, so a cached public
// page, the open data and a report generated later agree.
//
// - At year end (the figure's period reaches 31/12): Vượt (exceeded), Đạt (met), Không đạt (not met).
// - During the year: Đạt tiến độ (on pace) or Chưa đạt tiến độ (behind pace), against a straight
//   line from the start of the year where a quantity accumulates; "Đánh giá cuối năm" (year_end)
//   for a target the office judges at year end only, and for a qualitative one.
// - A qualitative target (no figure) takes the chair's year-end judgement.
// - No data until a figure is approved.
import type { FigureKind, JudgementVerdict, TargetDirection, TargetVerdict } from '@/lib/domain';

export type VerdictTarget = {
  direction: TargetDirection;
  /** Null only for a qualitative target. The change for increase/decrease; the low end of a range. */
  targetValue: number | null;
  targetHigh: number | null;
  /** The reference of an increase, a decrease or a zero target (last year's figure or a base). */
  baseValue: number | null;
  yearEndOnly: boolean;
  judgement: JudgementVerdict | null;
};

export type StandingFigure = {
  value: number;
  kind: FigureKind;
  /** Share of the year its period covers (0–1), `yearShareAt(endsOn, year)`; 1 is a year-end figure. */
  yearShare: number;
};

// Figures carry a few decimals; binary floating point does not (91,01 × 0,75 computes as
// 68,25750000000001). A tolerance far below any reported decimal keeps boundaries exact.
function compare(a: number, b: number): -1 | 0 | 1 {
  const eps = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (a > b + eps) return 1;
  if (a < b - eps) return -1;
  return 0;
}

function clampShare(share: number): number {
  if (!Number.isFinite(share) || share < 0) return 0;
  return share > 1 ? 1 : share;
}

/**
 * What an increase or a decrease target measures: the change reached. With a base the reported
 * figure is the level reached (change = figure − base, or base − figure for a decrease); without
 * one the reported figure is the change itself.
 */
export function achievedChange(target: Pick<VerdictTarget, 'direction' | 'baseValue'>, value: number): number {
  if (target.baseValue === null) return value;
  return target.direction === 'decrease' ? target.baseValue - value : value - target.baseValue;
}

/** Higher is better, judged at year end: beyond the goal is Vượt, exactly at it Đạt. */
function floorVerdict(reached: number, goal: number): TargetVerdict {
  const c = compare(reached, goal);
  return c > 0 ? 'exceeded' : c === 0 ? 'met' : 'not_met';
}

function yearEndVerdict(t: VerdictTarget, goal: number, v: number): TargetVerdict {
  switch (t.direction) {
    case 'min':
      return floorVerdict(v, goal);
    case 'max': {
      const c = compare(v, goal);
      return c < 0 ? 'exceeded' : c === 0 ? 'met' : 'not_met';
    }
    case 'range': {
      const high = t.targetHigh ?? Number.POSITIVE_INFINITY;
      return compare(v, goal) >= 0 && compare(v, high) <= 0 ? 'met' : 'not_met';
    }
    case 'zero':
      return compare(v, 0) <= 0 ? 'met' : 'not_met';
    case 'increase':
    case 'decrease':
      return floorVerdict(achievedChange(t, v), goal);
    case 'exact':
      return compare(v, goal) === 0 ? 'met' : 'not_met';
    case 'qualitative':
      return t.judgement ?? 'year_end';
  }
}

function onPace(t: VerdictTarget, goal: number, v: number, share: number): boolean {
  switch (t.direction) {
    case 'min':
      return compare(v, goal * share) >= 0;
    case 'max':
      return compare(v, goal) <= 0;
    case 'range':
      return compare(v, goal * share) >= 0 && compare(v, t.targetHigh ?? Number.POSITIVE_INFINITY) <= 0;
    case 'zero':
      // Without a base there is no line to follow: only none left keeps pace.
      return t.baseValue === null ? compare(v, 0) <= 0 : compare(v, t.baseValue * (1 - share)) <= 0;
    case 'increase':
    case 'decrease':
      return compare(achievedChange(t, v), goal * share) >= 0;
    case 'exact':
      return compare(v, goal * share) >= 0 && compare(v, goal) <= 0;
    case 'qualitative':
      return false;
  }
}

export function targetVerdict(target: VerdictTarget, figure: StandingFigure | null): TargetVerdict {
  if (target.direction === 'qualitative') return target.judgement ?? 'year_end';
  if (!figure || !Number.isFinite(figure.value)) return 'no_data';
  const goal = target.direction === 'zero' ? (target.targetValue ?? 0) : target.targetValue;
  if (goal === null) return 'no_data';
  const share = clampShare(figure.yearShare);
  if (share >= 1) return yearEndVerdict(target, goal, figure.value);
  if (target.yearEndOnly) return 'year_end';
  return onPace(target, goal, figure.value, share) ? 'on_pace' : 'behind_pace';
}

/**
 * Tỷ lệ so với kế hoạch, in percent, or null where it has no meaning. For a ceiling (lower is
 * better) with a base it is the share of the planned reduction achieved, (base − figure) ÷ (base −
 * target); without a base, target ÷ figure, so a figure below the ceiling is over 100 %.
 */
export function planPercent(target: VerdictTarget, value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const t = target.targetValue;
  const ratio = (a: number, b: number) => (b === 0 ? null : (a / b) * 100);
  switch (target.direction) {
    case 'min':
    case 'exact':
      return t === null ? null : ratio(value, t);
    case 'range':
      return t === null ? null : ratio(value, t);
    case 'max':
      if (t === null) return null;
      if (target.baseValue !== null && target.baseValue > t)
        return ratio(target.baseValue - value, target.baseValue - t);
      return value === 0 ? null : ratio(t, value);
    case 'zero':
      return target.baseValue ? ratio(target.baseValue - value, target.baseValue) : null;
    case 'increase':
    case 'decrease':
      return t === null ? null : ratio(achievedChange(target, value), t);
    case 'qualitative':
      return null;
  }
}

/** "x/19 chỉ tiêu đạt và vượt": the number of targets met or exceeded. */
export function metOrExceeded(verdicts: readonly TargetVerdict[]): number {
  return verdicts.filter((v) => v === 'met' || v === 'exceeded').length;
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
