import type { Locale } from './i18n/locale';

const roman = ['I', 'II', 'III', 'IV'];
const enMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A reporting period's code in words: "2023-Q2" → "Quý II/2023" / "Q2 2023",
 * "2023-M05" → "Tháng 5/2023" / "May 2023", "2023-H1" → "6 tháng đầu năm 2023" / "First half of 2023",
 * "2023-Y" → "Năm 2023" / "Year 2023". An unknown code is shown as it is.
 */
export function formatPeriod(code: string, locale: Locale = 'vi'): string {
  const match = /^(\d{4})-(?:(Q)([1-4])|(M)(0[1-9]|1[0-2])|(H)([12])|(Y))$/.exec(code);
  if (!match) return code;
  const year = match[1];
  if (match[2]) {
    const q = Number(match[3]);
    return locale === 'vi' ? `Quý ${roman[q - 1]}/${year}` : `Q${q} ${year}`;
  }
  if (match[4]) {
    const m = Number(match[5]);
    return locale === 'vi' ? `Tháng ${m}/${year}` : `${enMonths[m - 1]} ${year}`;
  }
  if (match[6]) {
    const first = match[7] === '1';
    if (locale === 'vi') return first ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
    return first ? `First half of ${year}` : `Second half of ${year}`;
  }
  return locale === 'vi' ? `Năm ${year}` : `Year ${year}`;
}
