// The values a target report may carry. A target's own bounds win; without them a rate ("%")
// stays within 0–100 and any other figure is at least 0.

export type RangeSource = { unit: string; minValue: number | null; maxValue: number | null };
export type ValueRange = { min: number | null; max: number | null };

export function allowedRange(target: RangeSource): ValueRange {
  const isRate = target.unit.trim() === '%';
  return {
    min: target.minValue ?? 0,
    max: target.maxValue ?? (isRate ? 100 : null),
  };
}

export type RangeProblem = 'below_min' | 'above_max';

/** null when `value` is within the range (bounds included). */
export function checkRange(value: number, range: ValueRange): RangeProblem | null {
  if (range.min !== null && value < range.min) return 'below_min';
  if (range.max !== null && value > range.max) return 'above_max';
  return null;
}
