import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, focusPeriods, isApproaching, isIsoDate, wardToday } from './calendar';

describe('calendar', () => {
  it("reads the ward's day in Vietnam time, not UTC", () => {
    // 17:30 UTC on 31/12/2023 is already 1/1/2024 in Hanoi (UTC+7).
    expect(wardToday(new Date('2023-12-31T17:30:00Z'))).toBe('2024-01-01');
    expect(wardToday(new Date('2023-12-31T16:59:00Z'))).toBe('2023-12-31');
  });

  it('adds and counts days across month and year ends', () => {
    expect(addDays('2023-01-31', 5)).toBe('2023-02-05');
    expect(addDays('2023-12-31', 5)).toBe('2024-01-05');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2023-12-31', '2024-01-05')).toBe(5);
    expect(daysBetween('2024-01-05', '2023-12-31')).toBe(-5);
  });

  it('accepts only real dates', () => {
    expect(isIsoDate('2023-02-28')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('05/02/2023')).toBe(false);
  });
});

describe('focus periods', () => {
  const periods = [
    { id: 1, code: '2023-M01', dueOn: '2023-02-05' },
    { id: 2, code: '2023-M02', dueOn: '2023-03-05' },
    { id: 3, code: '2023-M03', dueOn: '2023-04-05' },
    { id: 13, code: '2023-Q1', dueOn: '2023-04-05' },
    { id: 4, code: '2023-M04', dueOn: '2023-05-05' },
  ];

  it('before the first deadline: only upcoming', () => {
    expect(focusPeriods(periods, '2023-01-10')).toEqual({ upcoming: [periods[0]], overdue: [] });
  });

  it('on the due date the period is still upcoming, the day after it is overdue', () => {
    expect(focusPeriods(periods, '2023-03-05').upcoming.map((p) => p.code)).toEqual(['2023-M02']);
    const next = focusPeriods(periods, '2023-03-06');
    expect(next.overdue.map((p) => p.code)).toEqual(['2023-M02']);
    expect(next.upcoming.map((p) => p.code)).toEqual(['2023-M03', '2023-Q1']);
  });

  it('after the year: only the last deadline, overdue', () => {
    expect(focusPeriods(periods, '2026-01-01')).toEqual({ upcoming: [], overdue: [periods[4]] });
  });

  it('approaching means within 7 days, today included, not after the date', () => {
    expect(isApproaching('2023-02-05', '2023-01-29')).toBe(true);
    expect(isApproaching('2023-02-05', '2023-01-28')).toBe(false);
    expect(isApproaching('2023-02-05', '2023-02-05')).toBe(true);
    expect(isApproaching('2023-02-05', '2023-02-06')).toBe(false);
  });
});
