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

  it('has no upper bound for a count, and no negative figures', () => {
    const range = allowedRange({ unit: 'ha', minValue: null, maxValue: null });
    expect(range).toEqual({ min: 0, max: null });
    expect(checkRange(100000, range)).toBeNull();
    expect(checkRange(-1, range)).toBe('below_min');
  });
});
