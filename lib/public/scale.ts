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
