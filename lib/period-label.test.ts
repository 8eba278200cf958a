import { describe, expect, it } from 'vitest';
import { formatPeriod } from './period-label';

describe('formatPeriod', () => {
  it('names quarters, months, halves and the year in Vietnamese', () => {
    expect(formatPeriod('2023-Q2')).toBe('Quý II/2023');
    expect(formatPeriod('2023-Q4', 'vi')).toBe('Quý IV/2023');
    expect(formatPeriod('2023-M05', 'vi')).toBe('Tháng 5/2023');
    expect(formatPeriod('2023-M12', 'vi')).toBe('Tháng 12/2023');
    expect(formatPeriod('2023-H1', 'vi')).toBe('6 tháng đầu năm 2023');
    expect(formatPeriod('2023-Y', 'vi')).toBe('Năm 2023');
  });

  it('names them in English', () => {
    expect(formatPeriod('2023-Q2', 'en')).toBe('Q2 2023');
    expect(formatPeriod('2023-M05', 'en')).toBe('May 2023');
    expect(formatPeriod('2023-H2', 'en')).toBe('Second half of 2023');
    expect(formatPeriod('2023-Y', 'en')).toBe('Year 2023');
  });

  it('leaves an unknown code as it is', () => {
    expect(formatPeriod('2023-M13')).toBe('2023-M13');
    expect(formatPeriod('Q2')).toBe('Q2');
  });
});
