// The axis of a target's progress bar and history chart: from 0 to a round number above both
// the target and the figures, so the target mark never sits at the very end.

/**
 * The smallest of 1, 2, 2,5, 5 × 10ⁿ that is ≥ x (x > 0). Always finite: at the ends of the
 * floating-point range (10ⁿ overflowing to Infinity or underflowing to 0) x itself is the axis.
 */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  if (!Number.isFinite(x)) return Number.MAX_VALUE;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= x * (1 - 1e-12));
  const nice = step === undefined ? x : step * power;
  return Number.isFinite(nice) && nice > 0 ? nice : x;
}

/**
 * A rate with a large target (≥ 20 %) is drawn on 0–100 % as people read it; small rates
 * (1,25 % of poor households) and counts get room above the larger of target and figures.
 */
export function scaleMax(targetValue: number, values: number[], unit: string): number {
  const top = Math.max(Number.isFinite(targetValue) ? targetValue : 0, ...values.filter(Number.isFinite));
  if (unit === '%' && targetValue >= 20) return Math.max(100, niceCeil(top));
  // top × 1,25 overflows to Infinity near the largest double: keep the axis finite.
  return niceCeil(Math.min(top * 1.25, Number.MAX_VALUE));
}

/** Position of v on a 0–max axis, as a percentage clamped to 0–100. */
export function percentOf(v: number, max: number): number {
  if (!(max > 0) || Number.isNaN(v)) return 0;
  const share = (v / max) * 100;
  return Number.isNaN(share) ? 0 : Math.min(100, Math.max(0, share));
}

export type ChartAxis = { min: number; max: number; ticks: number[] };

/** The smallest of 1, 2, 2,5, 5 × 10ⁿ that is ≥ x, as a tick step. */
function niceStep(x: number): number {
  return niceCeil(x);
}

/**
 * The history chart's y axis, fitted to the figures and the target together: values around
 * 91–93 % with a target of 89,61 % are drawn on 88–94, not on 0–100 where their changes vanish.
 * The axis starts at 0 when the data already reach down to half their top (a count growing from
 * little), and never below 0 for figures that cannot be negative. Ticks are 3–6 round numbers.
 */
export function chartAxis(targetValue: number | null, values: number[]): ChartAxis {
  const data = [...(targetValue !== null && Number.isFinite(targetValue) ? [targetValue] : []), ...values].filter(
    Number.isFinite,
  );
  const fallback = (): ChartAxis => {
    const max = scaleMax(Math.abs(targetValue ?? 0), values.map(Math.abs), '');
    return { min: 0, max, ticks: [0, 0.25, 0.5, 0.75, 1].map((f) => f * max) };
  };
  if (data.length === 0) return { min: 0, max: 100, ticks: [0, 25, 50, 75, 100] };
  let lo = Math.min(...data);
  let hi = Math.max(...data);
  if (lo >= 0 && lo <= hi / 2) lo = 0;
  if (hi === lo) {
    const pad = hi === 0 ? 1 : Math.abs(hi) * 0.05;
    hi += pad;
    lo = lo - pad < 0 && lo >= 0 ? 0 : lo - pad;
  }
  const span = hi - lo;
  if (!Number.isFinite(span) || span <= 0) return fallback();
  let step = niceStep(span / 4);
  let min = Math.floor(lo / step) * step;
  let max = Math.ceil(hi / step) * step;
  for (let i = 0; i < 4 && (max - min) / step > 6; i++) {
    step = niceStep(step * 1.5);
    min = Math.floor(lo / step) * step;
    max = Math.ceil(hi / step) * step;
  }
  if (lo >= 0 && min < 0) min = 0;
  const count = Math.round((max - min) / step);
  // Where floating point cannot step (extremes), fall back to quarters of a 0-based axis.
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min || !(count >= 1 && count <= 8)) return fallback();
  // Rounded to the step's own precision so 0,1 + 0,2 prints as 0,3.
  const digits = Math.min(20, Math.max(0, -Math.floor(Math.log10(step)) + 2));
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((min + i * step).toFixed(digits)));
  return { min, max, ticks };
}

/** Position of v between min and max, as a share 0–1 clamped to the axis. */
export function shareOn(v: number, axis: Pick<ChartAxis, 'min' | 'max'>): number {
  const span = axis.max - axis.min;
  if (!(span > 0) || Number.isNaN(v)) return 0;
  const share = (v - axis.min) / span;
  return Number.isNaN(share) ? 0 : Math.min(1, Math.max(0, share));
}
