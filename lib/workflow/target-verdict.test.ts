import { describe, expect, it } from 'vitest';
import type { TargetDirection } from '@/lib/domain';
import { metOrExceeded, planPercent, targetVerdict, yearShareAt, type VerdictTarget } from './target-verdict';

const target = (direction: TargetDirection, over: Partial<VerdictTarget> = {}): VerdictTarget => ({
  direction,
  targetValue: 80,
  targetHigh: null,
  baseValue: null,
  yearEndOnly: false,
  judgement: null,
  ...over,
});
const yearEnd = (value: number) => ({ value, kind: 'official' as const, yearShare: 1 });
const midYear = (value: number, yearShare = 0.5) => ({ value, kind: 'estimate' as const, yearShare });

describe('targetVerdict at year end: Vượt, Đạt, Không đạt', () => {
  it('a floor: beyond is Vượt, exactly at it Đạt, below Không đạt', () => {
    const t = target('min', { targetValue: 89.61 });
    expect(targetVerdict(t, yearEnd(89.62))).toBe('exceeded');
    expect(targetVerdict(t, yearEnd(89.61))).toBe('met');
    expect(targetVerdict(t, yearEnd(89.6))).toBe('not_met');
  });

  it('a ceiling: below is Vượt, exactly at it Đạt, above Không đạt', () => {
    const t = target('max', { targetValue: 1.25 });
    expect(targetVerdict(t, yearEnd(1.1))).toBe('exceeded');
    expect(targetVerdict(t, yearEnd(1.25))).toBe('met');
    expect(targetVerdict(t, yearEnd(1.26))).toBe('not_met');
  });

  it('a range: met inside [targetValue, targetHigh], edges included; not met outside', () => {
    const t = target('range', { targetValue: 7, targetHigh: 8 });
    expect(targetVerdict(t, yearEnd(7))).toBe('met');
    expect(targetVerdict(t, yearEnd(8))).toBe('met');
    expect(targetVerdict(t, yearEnd(7.5))).toBe('met');
    expect(targetVerdict(t, yearEnd(6.99))).toBe('not_met');
    expect(targetVerdict(t, yearEnd(8.01))).toBe('not_met');
  });

  it('zero: met at zero, not met above', () => {
    const t = target('zero', { targetValue: 0 });
    expect(targetVerdict(t, yearEnd(0))).toBe('met');
    expect(targetVerdict(t, yearEnd(1))).toBe('not_met');
  });

  it('an increase against a base: the change reached, exactly at the plan Đạt', () => {
    const t = target('increase', { targetValue: 10, baseValue: 50 });
    expect(targetVerdict(t, yearEnd(60))).toBe('met');
    expect(targetVerdict(t, yearEnd(61))).toBe('exceeded');
    expect(targetVerdict(t, yearEnd(59.9))).toBe('not_met');
    // Without a base, the reported figure is the change itself.
    expect(targetVerdict(target('increase', { targetValue: 10 }), yearEnd(10))).toBe('met');
  });

  it('a decrease against a base: the reduction reached', () => {
    const t = target('decrease', { targetValue: 0.5, baseValue: 2 });
    expect(targetVerdict(t, yearEnd(1.5))).toBe('met');
    expect(targetVerdict(t, yearEnd(1.4))).toBe('exceeded');
    expect(targetVerdict(t, yearEnd(1.6))).toBe('not_met');
    expect(targetVerdict(target('decrease', { targetValue: 0.5 }), yearEnd(0.5))).toBe('met');
  });

  it('exact: the planned figure is Đạt, anything else Không đạt', () => {
    const t = target('exact', { targetValue: 25 });
    expect(targetVerdict(t, yearEnd(25))).toBe('met');
    expect(targetVerdict(t, yearEnd(26))).toBe('not_met');
    expect(targetVerdict(t, yearEnd(24))).toBe('not_met');
  });

  it('qualitative: the chair’s judgement, else judged at year end', () => {
    const t = target('qualitative', { targetValue: null });
    expect(targetVerdict(t, null)).toBe('year_end');
    expect(targetVerdict({ ...t, judgement: 'exceeded' }, null)).toBe('exceeded');
    expect(targetVerdict({ ...t, judgement: 'met' }, yearEnd(1))).toBe('met');
    expect(targetVerdict({ ...t, judgement: 'not_met' }, midYear(1))).toBe('not_met');
  });

  it('keeps boundaries exact despite binary floating point', () => {
    expect(targetVerdict(target('min', { targetValue: 0.3 }), yearEnd(0.1 + 0.2))).toBe('met');
    expect(targetVerdict(target('increase', { targetValue: 0.3, baseValue: 0.1 }), yearEnd(0.4))).toBe('met');
  });
});

describe('targetVerdict during the year: Đạt tiến độ / Chưa đạt tiến độ', () => {
  it('a floor keeps pace with a straight line from the start of the year, edge included', () => {
    const t = target('min', { targetValue: 621 });
    expect(targetVerdict(t, midYear(310.5, 0.5))).toBe('on_pace');
    expect(targetVerdict(t, midYear(310.4, 0.5))).toBe('behind_pace');
    // 91,01 × 0,75 = 68,2575 exactly at the line.
    expect(targetVerdict(target('min', { targetValue: 91.01 }), midYear(68.2575, 0.75))).toBe('on_pace');
    expect(targetVerdict(target('min', { targetValue: 91.01 }), midYear(68.2574, 0.75))).toBe('behind_pace');
  });

  it('a ceiling keeps pace while at or below it', () => {
    const t = target('max', { targetValue: 1.25 });
    expect(targetVerdict(t, midYear(1.25))).toBe('on_pace');
    expect(targetVerdict(t, midYear(1.26))).toBe('behind_pace');
  });

  it('a range keeps pace below its high end, on the line towards its low end', () => {
    const t = target('range', { targetValue: 7, targetHigh: 8 });
    expect(targetVerdict(t, midYear(3.5, 0.5))).toBe('on_pace');
    expect(targetVerdict(t, midYear(3.4, 0.5))).toBe('behind_pace');
    expect(targetVerdict(t, midYear(8.1, 0.5))).toBe('behind_pace');
  });

  it('zero keeps pace on the line from its base, or only at zero without one', () => {
    expect(targetVerdict(target('zero', { targetValue: 0, baseValue: 10 }), midYear(5, 0.5))).toBe('on_pace');
    expect(targetVerdict(target('zero', { targetValue: 0, baseValue: 10 }), midYear(5.1, 0.5))).toBe('behind_pace');
    expect(targetVerdict(target('zero', { targetValue: 0 }), midYear(0))).toBe('on_pace');
    expect(targetVerdict(target('zero', { targetValue: 0 }), midYear(1))).toBe('behind_pace');
  });

  it('an increase or a decrease keeps pace with its share of the change', () => {
    expect(targetVerdict(target('increase', { targetValue: 10, baseValue: 50 }), midYear(55, 0.5))).toBe('on_pace');
    expect(targetVerdict(target('increase', { targetValue: 10, baseValue: 50 }), midYear(54.9, 0.5))).toBe(
      'behind_pace',
    );
    expect(targetVerdict(target('decrease', { targetValue: 1, baseValue: 3 }), midYear(2.5, 0.5))).toBe('on_pace');
    expect(targetVerdict(target('decrease', { targetValue: 1, baseValue: 3 }), midYear(2.6, 0.5))).toBe('behind_pace');
  });

  it('exact keeps pace on the line without passing the plan', () => {
    const t = target('exact', { targetValue: 20 });
    expect(targetVerdict(t, midYear(10, 0.5))).toBe('on_pace');
    expect(targetVerdict(t, midYear(20, 0.5))).toBe('on_pace');
    expect(targetVerdict(t, midYear(9, 0.5))).toBe('behind_pace');
    expect(targetVerdict(t, midYear(21, 0.5))).toBe('behind_pace');
  });

  it('a target judged at year end only says so instead of a pace; a year-end figure is judged', () => {
    const t = target('min', { targetValue: 80, yearEndOnly: true });
    expect(targetVerdict(t, midYear(10))).toBe('year_end');
    expect(targetVerdict(t, yearEnd(80))).toBe('met');
  });

  it('no figure is no data; a share outside 0–1 is clamped', () => {
    expect(targetVerdict(target('min'), null)).toBe('no_data');
    expect(targetVerdict(target('max'), null)).toBe('no_data');
    expect(targetVerdict(target('min', { targetValue: 80 }), midYear(1, -3))).toBe('on_pace');
    expect(targetVerdict(target('min', { targetValue: 80 }), midYear(79, 4))).toBe('not_met');
  });
});

describe('planPercent (tỷ lệ so với kế hoạch)', () => {
  it('a floor: figure over plan', () => {
    expect(planPercent(target('min', { targetValue: 80 }), 81.25)).toBeCloseTo(101.5625, 6);
  });

  it('a reduction target (lower is better): plan over figure, or the share of the planned reduction from a base', () => {
    expect(planPercent(target('max', { targetValue: 1.25 }), 1)).toBeCloseTo(125, 6);
    expect(planPercent(target('max', { targetValue: 1.25 }), 1.25)).toBeCloseTo(100, 6);
    expect(planPercent(target('max', { targetValue: 1.25 }), 0)).toBeNull();
    // From 2 % down to a planned 1,25 %: reaching 1,4 % is 0,6 of the 0,75 planned, 80 %.
    expect(planPercent(target('max', { targetValue: 1.25, baseValue: 2 }), 1.4)).toBeCloseTo(80, 6);
    expect(planPercent(target('decrease', { targetValue: 0.5, baseValue: 2 }), 1.6)).toBeCloseTo(80, 6);
    expect(planPercent(target('zero', { targetValue: 0, baseValue: 10 }), 2)).toBeCloseTo(80, 6);
  });

  it('has no meaning without a figure, for a qualitative target, or a zero without a base', () => {
    expect(planPercent(target('min'), null)).toBeNull();
    expect(planPercent(target('qualitative', { targetValue: null }), 1)).toBeNull();
    expect(planPercent(target('zero', { targetValue: 0 }), 0)).toBeNull();
  });
});

describe('the summary line and the share of the year', () => {
  it('counts targets met or exceeded ("x/19 chỉ tiêu đạt và vượt")', () => {
    expect(metOrExceeded(['exceeded', 'met', 'not_met', 'on_pace', 'year_end', 'no_data', 'met'])).toBe(3);
  });

  it('measures the year elapsed at the end of a day', () => {
    expect(yearShareAt('2023-06-30', 2023)).toBeCloseTo(181 / 365, 9);
    expect(yearShareAt('2023-12-31', 2023)).toBe(1);
    expect(yearShareAt('2024-01-05', 2023)).toBe(1);
    expect(yearShareAt('2022-12-31', 2023)).toBe(0);
    expect(() => yearShareAt('30/06/2023', 2023)).toThrow();
  });
});
