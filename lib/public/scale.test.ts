import { describe, expect, it } from 'vitest';
import { niceCeil, percentOf, scaleMax } from './scale';

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
