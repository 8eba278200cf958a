import type { Locale } from '@/lib/i18n/locale';

/**
 * Where a target or task sits in the resolution, in words: the reader stores "II.2.1 dòng 10"
 * (the 10th target of II.2.1) and "III.3 ¶2" (the 2nd paragraph of III.3), which read like a line
 * number; shown as "mục II.2.1, chỉ tiêu thứ 10" and "mục III.3, đoạn thứ 2". Anything else is
 * shown as stored.
 */
export function formatSourceRef(ref: string, locale: Locale): string {
  const target = /^(\S+) dòng (\d+)$/.exec(ref);
  if (target) {
    return locale === 'vi'
      ? `mục ${target[1]}, chỉ tiêu thứ ${target[2]}`
      : `section ${target[1]}, target no. ${target[2]}`;
  }
  const paragraph = /^(\S+) ¶(\d+)$/.exec(ref);
  if (paragraph) {
    return locale === 'vi'
      ? `mục ${paragraph[1]}, đoạn thứ ${paragraph[2]}`
      : `section ${paragraph[1]}, paragraph ${paragraph[2]}`;
  }
  return locale === 'vi' ? `mục ${ref}` : `section ${ref}`;
}
