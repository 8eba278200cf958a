import { describe, expect, it } from 'vitest';
import { allowedRange, checkRange } from './value-range';

describe('value range', () => {
  it('keeps a rate within 0–100 by default, bounds included', () => {
    const range = allowedRange({ unit: '%', minValue: null, maxValue: null });
    expect(range).toEqual({ min: 0, max: 100 });
    expect(checkRange(0, range)).toBeNull();
    expect(checkRange(100, range)).toBeNull();
    expect(checkRange(100.01, range)).toBe('above_max');
    expect(checkRange(-0.01, range)).toBe('below_min');
  });

  it("follows the target's own bounds when it has them", () => {
    const range = allowedRange({ unit: '%', minValue: -5, maxValue: 150 });
    expect(checkRange(120, range)).toBeNull();
    expect(checkRange(-5, range)).toBeNull();
    expect(checkRange(150.5, range)).toBe('above_max');
  });

  it('bounds a count by what its unit can sensibly hold, and refuses negative figures', () => {
    const range = allowedRange({ unit: 'ha', minValue: null, maxValue: null });
    expect(range.min).toBe(0);
    expect(checkRange(100000, range)).toBeNull();
    expect(checkRange(-1, range)).toBe('below_min');
    expect(checkRange(1e308, range)).toBe('above_max');
  });

  it('gives every unit a finite ceiling, known or not, with or without a rate per time', () => {
    for (const unit of [
      '%',
      'ha',
      'người',
      'hộ',
      'tỷ đồng',
      'triệu đồng',
      'đảng viên',
      'người/năm',
      'tạ/ha',
      'xyz',
      '',
    ]) {
      const range = allowedRange({ unit, minValue: null, maxValue: null });
      expect(range.max, unit).not.toBeNull();
      expect(Number.isFinite(range.max), unit).toBe(true);
      expect(checkRange(1e308, range), unit).toBe('above_max');
      expect(checkRange(Number.MAX_VALUE, range), unit).toBe('above_max');
    }
    // Real figures of a ward stay well inside.
    expect(checkRange(5000, allowedRange({ unit: 'đảng viên', minValue: null, maxValue: null }))).toBeNull();
    expect(checkRange(250_000, allowedRange({ unit: 'người', minValue: null, maxValue: null }))).toBeNull();
    expect(checkRange(15_000, allowedRange({ unit: 'tỷ đồng', minValue: null, maxValue: null }))).toBeNull();
    expect(checkRange(85, allowedRange({ unit: 'triệu đồng/người', minValue: null, maxValue: null }))).toBeNull();
  });

  it("never lets a target's own bound exceed its unit's ceiling", () => {
    expect(checkRange(1e300, allowedRange({ unit: 'hộ', minValue: null, maxValue: 1e308 }))).toBe('above_max');
    expect(checkRange(-1e308, allowedRange({ unit: 'hộ', minValue: -1e308, maxValue: null }))).toBe('below_min');
  });

  it('refuses what is not a finite number', () => {
    const range = allowedRange({ unit: 'ha', minValue: null, maxValue: null });
    expect(checkRange(Number.NaN, range)).not.toBeNull();
    expect(checkRange(Number.POSITIVE_INFINITY, range)).toBe('above_max');
  });
});
