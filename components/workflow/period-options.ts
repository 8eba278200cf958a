import type { PeriodRow } from '@/db/access/periods';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { fill } from '@/lib/i18n/fill';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { formatPeriod } from '@/lib/period-label';
import { allowedRange } from '@/lib/workflow/value-range';
import { formatNumber } from '@/lib/format';
import type { PeriodOption } from './update-form';

/** "Tháng 3/2023 (hạn 05/04/2023)" for each period. */
export function periodOptions(periods: (PeriodRow & { asked?: boolean })[], locale: Locale): PeriodOption[] {
  const t = workflowMessages[locale];
  return periods.map((p) => ({
    id: p.id,
    kind: p.kind,
    asked: p.asked ?? false,
    label: `${formatPeriod(p.code, locale)} (${fill(t.periodDue, { date: formatDate(p.dueOn, locale) })})`,
  }));
}

/** The allowed range of a target's figure, in words. */
export function rangeHint(
  target: { unit: string; minValue: number | null; maxValue: number | null },
  locale: Locale,
): string {
  const t = workflowMessages[locale];
  const range = allowedRange(target);
  const n = (x: number) => formatNumber(x, locale);
  if (range.min !== null && range.max !== null) return fill(t.rangeHint, { min: n(range.min), max: n(range.max) });
  if (range.min !== null) return fill(t.minHint, { min: n(range.min) });
  return '';
}
