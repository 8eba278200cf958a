// Vietnamese wording of the periodic report's figures: how a result compares with its target
// and how it is judged. The report is an official document: always Vietnamese.
import { formatNumber, formatQuantity } from '@/lib/format';
import type { TargetStatus } from '@/lib/workflow/target-status';

/** "102,3 % chỉ tiêu" for a floor; "thấp hơn mức trần 0,1 điểm %" / "vượt mức trần 0,16 điểm %" for a ceiling. */
export function compareWithTarget(
  value: number | null,
  targetValue: number,
  unit: string,
  direction: 'min' | 'max',
): string {
  if (value === null) return '—';
  if (direction === 'min' && targetValue > 0)
    return `${formatNumber((value / targetValue) * 100, 'vi', 1)}\u00a0% chỉ tiêu`;
  const diff = Math.round((value - targetValue) * 1e6) / 1e6;
  const amount =
    unit === '%' ? `${formatNumber(Math.abs(diff), 'vi')} điểm %` : formatQuantity(Math.abs(diff), unit, 'vi');
  if (direction === 'min') return diff >= 0 ? `cao hơn chỉ tiêu ${amount}` : `thấp hơn chỉ tiêu ${amount}`;
  if (diff === 0) return 'bằng mức trần';
  return diff < 0 ? `thấp hơn mức trần ${amount}` : `vượt mức trần ${amount}`;
}

/** The report's "met or not" column. */
export function assessment(status: TargetStatus): string {
  return {
    met: 'Đạt',
    on_track: 'Chưa đạt, đúng tiến độ',
    at_risk: 'Chưa đạt, có nguy cơ không đạt',
    not_met: 'Không đạt',
    no_data: 'Chưa có số liệu',
  }[status];
}

/** "ngày 05 tháng 07 năm 2023" from an ISO day. */
export function viLongDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** The first sentence of a paragraph, shortened to about `max` characters at a word boundary. */
export function lead(text: string, max = 160): string {
  const first = /^.+?[.;:](?=\s|$)/su.exec(text)?.[0] ?? text;
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : max)} …`;
}
