// Vietnamese wording of the periodic report's figures: how a result compares with its target
// and how it is judged. The report is an official document: always Vietnamese.
import { formatNumber, formatQuantity } from '@/lib/format';
import type { FigureKind, TargetDirection, TargetVerdict } from '@/lib/domain';
import { verdictText } from '@/lib/i18n/messages/verdicts';

/**
 * Tỷ lệ so với kế hoạch when it has a meaning ("102,3 % kế hoạch"), else the difference from the
 * bound: "thấp hơn mức trần 0,1 điểm %" / "vượt mức trần 0,16 điểm %" for a ceiling.
 */
export function compareWithTarget(
  value: number | null,
  targetValue: number | null,
  unit: string,
  direction: TargetDirection,
  planPercent: number | null = null,
): string {
  if (value === null) return '—';
  if (planPercent !== null) return `${formatNumber(planPercent, 'vi', 1)}\u00a0% kế hoạch`;
  if (targetValue === null || (direction !== 'min' && direction !== 'max')) return '—';
  if (direction === 'min' && targetValue > 0)
    return `${formatNumber((value / targetValue) * 100, 'vi', 1)}\u00a0% chỉ tiêu`;
  const diff = Math.round((value - targetValue) * 1e6) / 1e6;
  const amount =
    unit === '%' ? `${formatNumber(Math.abs(diff), 'vi')} điểm %` : formatQuantity(Math.abs(diff), unit, 'vi');
  if (direction === 'min') return diff >= 0 ? `cao hơn chỉ tiêu ${amount}` : `thấp hơn chỉ tiêu ${amount}`;
  if (diff === 0) return 'bằng mức trần';
  return diff < 0 ? `thấp hơn mức trần ${amount}` : `vượt mức trần ${amount}`;
}

/** The report's verdict column in the review's words, marked when it rests on an estimate. */
export function assessment(status: TargetVerdict, kind: FigureKind | null = null): string {
  const v = verdictText.vi;
  return kind === 'estimate' && status !== 'no_data' ? `${v.target[status]} (${v.onEstimate})` : v.target[status];
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
