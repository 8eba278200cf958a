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
