import { describe, expect, it } from 'vitest';
import { targetStatus, yearShareAt } from './target-status';

describe('targetStatus', () => {
  it('has no data without an approved figure', () => {
    expect(targetStatus({ direction: 'min', targetValue: 621, value: null, yearShare: 0.5 })).toBe('no_data');
    expect(targetStatus({ direction: 'max', targetValue: 1.25, value: null, yearShare: 1 })).toBe('no_data');
  });

  it('judges a floor: met at or above the target, on pace or behind during the year, not met at year end', () => {
    const floor = { direction: 'min' as const, targetValue: 621 };
    expect(targetStatus({ ...floor, value: 621, yearShare: 0.25 })).toBe('met');
    expect(targetStatus({ ...floor, value: 700, yearShare: 1 })).toBe('met');
    // 621 × 0,5 = 310,5: at pace is on track, below it at risk.
    expect(targetStatus({ ...floor, value: 310.5, yearShare: 0.5 })).toBe('on_track');
    expect(targetStatus({ ...floor, value: 310, yearShare: 0.5 })).toBe('at_risk');
    expect(targetStatus({ ...floor, value: 620.9, yearShare: 1 })).toBe('not_met');
  });

  it('judges a ceiling: met at or below it, at risk above it during the year, not met above it at year end', () => {
    const ceiling = { direction: 'max' as const, targetValue: 1.25 };
    expect(targetStatus({ ...ceiling, value: 1.25, yearShare: 0.25 })).toBe('met');
    expect(targetStatus({ ...ceiling, value: 0.9, yearShare: 1 })).toBe('met');
    expect(targetStatus({ ...ceiling, value: 1.3, yearShare: 0.5 })).toBe('at_risk');
    expect(targetStatus({ ...ceiling, value: 1.26, yearShare: 1 })).toBe('not_met');
  });

  it('treats a share outside 0–1 as the nearest bound', () => {
    expect(targetStatus({ direction: 'min', targetValue: 80, value: 1, yearShare: -3 })).toBe('on_track');
    expect(targetStatus({ direction: 'min', targetValue: 80, value: 79, yearShare: 4 })).toBe('not_met');
  });
});

describe('targetStatus at exact boundaries', () => {
  const floor = (value: number | null, yearShare: number, targetValue = 89.61) =>
    targetStatus({ direction: 'min', targetValue, value, yearShare });
  const ceiling = (value: number | null, yearShare: number, targetValue = 1.25) =>
    targetStatus({ direction: 'max', targetValue, value, yearShare });

  it('a floor is met at exactly its value, at any time, and not met a hundredth below at year end', () => {
    expect(floor(89.61, 0.1)).toBe('met');
    expect(floor(89.61, 1)).toBe('met');
    expect(floor(89.6, 1)).toBe('not_met');
    expect(floor(0, 1)).toBe('not_met');
  });

  it('a floor is on track at exactly the pace despite floating point, at risk just below', () => {
    // 91,01 × 0,75 computes as 68,25750000000001 in binary floating point.
    expect(floor(68.2575, 0.75, 91.01)).toBe('on_track');
    expect(floor(68.2574, 0.75, 91.01)).toBe('at_risk');
    expect(floor(44.805, 0.5)).toBe('on_track');
    expect(floor(44.804, 0.5)).toBe('at_risk');
    expect(floor(0, 0)).toBe('on_track');
  });

  it('a ceiling holds at exactly its value, at any time, and fails a hair above it', () => {
    expect(ceiling(1.25, 0.5)).toBe('met');
    expect(ceiling(1.25, 1)).toBe('met');
    expect(ceiling(0, 1)).toBe('met');
    expect(ceiling(1.2501, 0.99)).toBe('at_risk');
    expect(ceiling(1.2501, 1)).toBe('not_met');
    expect(ceiling(3.77, 1, 3.76)).toBe('not_met');
    // 0,1 × 3 computes as 0,30000000000000004: still exactly at a ceiling of 0,3.
    expect(ceiling(0.1 * 3, 1, 0.3)).toBe('met');
  });

  it('has no data without a figure, even at year end, on both sides', () => {
    expect(floor(null, 1)).toBe('no_data');
    expect(ceiling(null, 0)).toBe('no_data');
    expect(floor(Number.NaN, 0.5)).toBe('no_data');
  });
});

describe('yearShareAt', () => {
  it('counts whole days up to the end of the given day', () => {
    expect(yearShareAt('2023-12-31', 2023)).toBe(1);
    expect(yearShareAt('2023-06-30', 2023)).toBeCloseTo(181 / 365, 10);
    expect(yearShareAt('2023-03-31', 2023)).toBeCloseTo(90 / 365, 10);
    expect(yearShareAt('2024-02-29', 2024)).toBeCloseTo(60 / 366, 10);
  });

  it('clamps days outside the year', () => {
    expect(yearShareAt('2022-12-31', 2023)).toBe(0);
    expect(yearShareAt('2024-01-15', 2023)).toBe(1);
  });

  it('refuses a malformed day', () => {
    expect(() => yearShareAt('30/06/2023', 2023)).toThrow('Ngày không hợp lệ');
  });
});
