import { describe, expect, it } from 'vitest';
import { chartAxis, niceCeil, percentOf, scaleMax, shareOn } from './scale';

describe('chart scale', () => {
  it('rounds up to 1, 2, 2,5 or 5 times a power of ten', () => {
    expect(niceCeil(776.25)).toBe(1000);
    expect(niceCeil(1.5625)).toBe(2);
    expect(niceCeil(5)).toBe(5);
    expect(niceCeil(2.2)).toBe(2.5);
    expect(niceCeil(0)).toBe(1);
  });

  it('draws large rates on 0–100 % and gives small ones and counts room above the target', () => {
    expect(scaleMax(89.61, [90.2], '%')).toBe(100);
    expect(scaleMax(100, [112], '%')).toBe(200);
    expect(scaleMax(1.25, [], '%')).toBe(2);
    expect(scaleMax(1.25, [1.9], '%')).toBe(2.5);
    expect(scaleMax(621, [300], 'ha')).toBe(1000);
  });

  it('places values on the axis within 0–100 %', () => {
    expect(percentOf(50, 200)).toBe(25);
    expect(percentOf(300, 200)).toBe(100);
    expect(percentOf(-1, 200)).toBe(0);
    expect(percentOf(1, 0)).toBe(0);
  });
});

describe('chart scale with extreme figures', () => {
  // 1e308 once reached the chart: 1e308 × 1,25 overflowed to Infinity and every position was NaN.
  const extremes = [1e308, Number.MAX_VALUE, 1.7e308, 9.99e307, 1e-300, 5e-324, -1e308];
  it('keeps the axis finite and positive for any finite figure', () => {
    for (const v of extremes) {
      for (const unit of ['%', 'ha']) {
        const max = scaleMax(Math.abs(v), [v], unit);
        expect(Number.isFinite(max), `${v} ${unit}`).toBe(true);
        expect(max).toBeGreaterThan(0);
        expect(Number.isFinite(percentOf(v, max))).toBe(true);
      }
      expect(Number.isFinite(niceCeil(Math.abs(v)))).toBe(true);
    }
  });

  it('places any finite value within 0–100 % of any finite axis', () => {
    expect(percentOf(1e308, Number.MAX_VALUE)).toBeGreaterThan(0);
    expect(percentOf(Number.MAX_VALUE, 1e-300)).toBe(100);
    expect(percentOf(Number.NaN, 100)).toBe(0);
  });
});

describe('the history chart axis', () => {
  it('fits figures around 91–93 % with a target of 89,61 % instead of drawing them on 0–100', () => {
    const axis = chartAxis(89.61, [91.2, 92.5, 93.1]);
    expect(axis.min).toBeGreaterThanOrEqual(88);
    expect(axis.max).toBeLessThanOrEqual(95);
    expect(axis.min).toBeLessThanOrEqual(89.61);
    expect(axis.max).toBeGreaterThanOrEqual(93.1);
    expect(axis.ticks[0]).toBe(axis.min);
    expect(axis.ticks.at(-1)).toBe(axis.max);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
    expect(axis.ticks.length).toBeLessThanOrEqual(7);
  });

  it('starts at 0 for figures that grow from little, and never goes below 0 for positive data', () => {
    expect(chartAxis(621, [150, 300])).toMatchObject({ min: 0 });
    expect(chartAxis(100, [0, 40, 100])).toEqual({ min: 0, max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(chartAxis(1.25, [1.3, 1.2]).min).toBeGreaterThanOrEqual(0);
    expect(chartAxis(0, [0]).min).toBe(0);
  });

  it('prints round ticks without binary noise', () => {
    for (const tick of chartAxis(0.3, [0.1, 0.2]).ticks) expect(String(tick)).not.toMatch(/0000000|9999999/);
  });

  it('stays finite for extreme figures', () => {
    for (const [target, values] of [
      [1e308, [-1e308]],
      [Number.MAX_VALUE, [0]],
      [null, []],
      [5e-324, [1e-300]],
    ] as [number | null, number[]][]) {
      const axis = chartAxis(target, values);
      expect(Number.isFinite(axis.min) && Number.isFinite(axis.max) && axis.max > axis.min).toBe(true);
      for (const v of values) expect(Number.isFinite(shareOn(v, axis))).toBe(true);
    }
  });
});
