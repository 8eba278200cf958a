import type { TargetDirection } from './domain';
import { intlTag, type Locale } from './i18n/locale';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, maxFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maxFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlTag(locale), {
      maximumFractionDigits: maxFractionDigits,
      useGrouping: true,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** 89.61 → "89,61" (vi) or "89.61" (en); 1234.5 → "1.234,5" (vi). */
export function formatNumber(value: number, locale: Locale = 'vi', maxFractionDigits = 2): string {
  return numberFormat(locale, maxFractionDigits).format(value);
}

/** A value with its unit: "89,61 %", "621 ha". */
export function formatQuantity(value: number, unit: string, locale: Locale = 'vi'): string {
  const n = formatNumber(value, locale);
  return unit ? `${n}\u00a0${unit}` : n;
}

/**
 * A target as a bound: "≥ 89,61 %" for a floor, "≤ 1,25 %" for a ceiling, "7–8 %" for a range,
 * "0 hộ" for none left, "+5 %" / "−0,5 %" for a change, "= 25 người" for a planned figure, and
 * "—" for a qualitative target (its words are its name).
 */
export function formatTargetBound(
  value: number | null,
  unit: string,
  direction: TargetDirection,
  locale: Locale = 'vi',
  high: number | null = null,
): string {
  const nb = '\u00a0';
  if (direction === 'qualitative') return '—';
  if (direction === 'zero') return formatQuantity(value ?? 0, unit, locale);
  if (value === null) return '—';
  switch (direction) {
    case 'max':
      return `≤${nb}${formatQuantity(value, unit, locale)}`;
    case 'range':
      return high === null
        ? `≥${nb}${formatQuantity(value, unit, locale)}`
        : `${formatNumber(value, locale)}–${formatQuantity(high, unit, locale)}`;
    case 'increase':
      return `+${formatQuantity(value, unit, locale)}`;
    case 'decrease':
      return `−${formatQuantity(value, unit, locale)}`;
    case 'exact':
      return `=${nb}${formatQuantity(value, unit, locale)}`;
    default:
      return `≥${nb}${formatQuantity(value, unit, locale)}`;
  }
}

/**
 * Reads a number typed by a Vietnamese user: "89,61", "1.234,5", "1 234,5" or "89.61".
 * Returns null for anything that is not a plain decimal.
 */
export function parseDecimal(input: string): number | null {
  let s = input.trim().replace(/[\s\u00a0%]/g, '');
  if (!s) return null;
  if (s.includes(',')) {
    // Comma is the decimal separator; dots are thousands groups.
    if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(s)) return null;
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(s)) {
    s = s.replace(/\./g, '');
  } else if (!/^-?\d+(\.\d+)?$/.test(s)) {
    return null;
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
// The ward is in Vietnam; instants are stored in UTC and shown in its time zone.
const timeZone = 'Asia/Ho_Chi_Minh';

/** "2022-12-27" or an instant → "27/12/2022". */
export function formatDate(value: string | Date | number, locale: Locale = 'vi'): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag(locale), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone,
    });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(value));
}

/** An instant → "27/12/2022 14:05". */
export function formatDateTime(value: Date | number, locale: Locale = 'vi'): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag(locale), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
      timeZone,
    });
    dateTimeFormats.set(locale, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
