export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}

/** BCP 47 tag used for number and date formatting. */
export function intlTag(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}

/** A message table per language; the English one must have every key the Vietnamese one has. */
export type Messages<T extends Record<string, string>> = { vi: T; en: { [K in keyof T]: string } };
