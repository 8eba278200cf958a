import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatQuantity, formatTargetBound, parseDecimal } from './format';

const nbsp = '\u00a0';

describe('numbers', () => {
  it('uses the decimal comma and dot groups in Vietnamese', () => {
    expect(formatNumber(89.61)).toBe('89,61');
    expect(formatNumber(89.61, 'vi')).toBe('89,61');
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(621, 'vi')).toBe('621');
    expect(formatNumber(1.049, 'vi')).toBe('1,05');
  });

  it('uses the decimal point and comma groups in English', () => {
    expect(formatNumber(89.61, 'en')).toBe('89.61');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(0.5, 'en', 0)).toBe('1');
  });

  it('joins value and unit with a no-break space and writes the bound before a target', () => {
    expect(formatQuantity(89.61, '%', 'vi')).toBe(`89,61${nbsp}%`);
    expect(formatQuantity(621, 'ha', 'en')).toBe(`621${nbsp}ha`);
    expect(formatQuantity(5, '', 'vi')).toBe('5');
    expect(formatTargetBound(1.25, '%', 'max', 'vi')).toBe(`≤${nbsp}1,25${nbsp}%`);
    expect(formatTargetBound(89.61, '%', 'min', 'vi')).toBe(`≥${nbsp}89,61${nbsp}%`);
    expect(formatTargetBound(89.61, '%', 'min', 'en')).toBe(`≥${nbsp}89.61${nbsp}%`);
  });

  it('reads numbers as Vietnamese users type them', () => {
    expect(parseDecimal('89,61')).toBe(89.61);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal('1 234,5')).toBe(1234.5);
    expect(parseDecimal('89.61')).toBe(89.61);
    expect(parseDecimal('1.234.567')).toBe(1234567);
    expect(parseDecimal('89,61 %')).toBe(89.61);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('8,9,1')).toBeNull();
    expect(parseDecimal('abc')).toBeNull();
  });
});

describe('dates', () => {
  it('writes calendar days as dd/mm/yyyy in both languages', () => {
    expect(formatDate('2022-12-27', 'vi')).toBe('27/12/2022');
    expect(formatDate('2022-12-27', 'en')).toBe('27/12/2022');
  });

  it('shows instants in the ward’s time zone (UTC+7)', () => {
    // 17:30 UTC on 31/12/2022 is already 1 January 2023 in Vietnam.
    const instant = Date.UTC(2022, 11, 31, 17, 30);
    expect(formatDate(instant, 'vi')).toBe('01/01/2023');
    expect(formatDate(new Date(instant), 'en')).toBe('01/01/2023');
    expect(formatDateTime(instant, 'vi')).toBe('01/01/2023 00:30');
    expect(formatDateTime(Date.UTC(2023, 6, 5, 7, 5), 'en')).toBe('05/07/2023 14:05');
  });
});
