// The values a target update may carry. A target's own bounds win within its unit's ceiling;
// without them a rate ("%") stays within 0–100 and any other figure within 0 and its unit's
// ceiling. Every range is finite, so a figure such as 1e308 never reaches the charts.

export type RangeSource = { unit: string; minValue: number | null; maxValue: number | null };
export type ValueRange = { min: number | null; max: number | null };

/**
 * The largest figure a ward's (or a province's) update can sensibly hold in each unit, generous
 * enough for any real figure and far below where arithmetic on it loses meaning. A unit "per"
 * something ("người/năm", "triệu đồng/người", "tạ/ha") takes its first part's ceiling.
 */
const unitCeilings: Record<string, number> = {
  '%': 1_000, // a rate against plan may pass 100 %, never by ten times
  ha: 10_000_000,
  'm²': 100_000_000_000,
  m2: 100_000_000_000,
  km: 1_000_000,
  'km²': 1_000_000,
  người: 100_000_000,
  hộ: 50_000_000,
  'lao động': 100_000_000,
  'học sinh': 50_000_000,
  'đảng viên': 10_000_000,
  'hội viên': 50_000_000,
  'đoàn viên': 50_000_000,
  'tỷ đồng': 100_000_000, // 10¹⁷ đồng: many times a national budget
  'triệu đồng': 100_000_000_000,
  'nghìn đồng': 100_000_000_000_000,
  đồng: 100_000_000_000_000_000,
  tấn: 1_000_000_000,
  tạ: 10_000_000_000,
  kg: 1_000_000_000_000,
  con: 1_000_000_000,
};

/** Any other unit (a count of schools, projects, models, cases…). */
const defaultCeiling = 1_000_000_000;

export function unitCeiling(unit: string): number {
  const base = unit.trim().split('/')[0]!.trim().toLowerCase();
  return unitCeilings[base] ?? defaultCeiling;
}

export function allowedRange(target: RangeSource): ValueRange {
  const ceiling = unitCeiling(target.unit);
  const isRate = target.unit.trim() === '%';
  const ownMax = target.maxValue ?? (isRate ? 100 : ceiling);
  const ownMin = target.minValue ?? 0;
  return { min: Math.max(ownMin, -ceiling), max: Math.min(ownMax, ceiling) };
}

export type RangeProblem = 'below_min' | 'above_max';

/** null when `value` is within the range (bounds included); a value that is no number is too large. */
export function checkRange(value: number, range: ValueRange): RangeProblem | null {
  if (Number.isNaN(value)) return 'above_max';
  if (range.min !== null && value < range.min) return 'below_min';
  if (range.max !== null && value > range.max) return 'above_max';
  return null;
}
