// The axis of a target's progress bar and history chart: from 0 to a round number above both
// the target and the figures, so the target mark never sits at the very end.

/** The smallest of 1, 2, 2,5, 5 × 10ⁿ that is ≥ x (x > 0). */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= x * (1 - 1e-12))!;
  return step * power;
}

/**
 * A rate with a large target (≥ 20 %) is drawn on 0–100 % as people read it; small rates
 * (1,25 % of poor households) and counts get room above the larger of target and figures.
 */
export function scaleMax(targetValue: number, values: number[], unit: string): number {
  const top = Math.max(targetValue, ...values.filter(Number.isFinite));
  if (unit === '%' && targetValue >= 20) return Math.max(100, niceCeil(top));
  return niceCeil(top * 1.25);
}

/** Position of v on a 0–max axis, as a percentage clamped to 0–100. */
export function percentOf(v: number, max: number): number {
  if (!(max > 0)) return 0;
  return Math.min(100, Math.max(0, (v / max) * 100));
}
