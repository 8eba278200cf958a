import { defaultLocale, locales, type Locale } from './locale';

/**
 * The URL of a page of this site in a language: Vietnamese at the path itself ("/dashboard"),
 * English under /en ("/en/dashboard"). Every link to a page goes through this, so a URL alone says
 * which language it serves and a cache may keep it by its URL.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`Not a path of this site: ${path}`);
  if (locale === defaultLocale) return path;
  if (path === '/') return `/${locale}`;
  // "/?status=met" → "/en?status=met", "/#x" → "/en#x": the language is a path segment.
  if (path.startsWith('/?') || path.startsWith('/#')) return `/${locale}${path.slice(1)}`;
  return `/${locale}${path}`;
}

/** The segment a public URL starts with when it is not Vietnamese ("en" for "/en/…"). */
function prefixedLocale(path: string): Locale | null {
  for (const locale of locales) {
    if (locale === defaultLocale || !path.startsWith(`/${locale}`)) continue;
    const rest = path.slice(locale.length + 1);
    if (rest === '' || /^[/?#]/.test(rest)) return locale;
  }
  return null;
}

/** The language a URL of this site serves: English under /en, Vietnamese everywhere else. */
export function localeOfPath(path: string): Locale {
  return prefixedLocale(path) ?? defaultLocale;
}

/** The path without its language ("/en/dashboard?x=1" → "/dashboard?x=1", "/en" → "/"). */
export function pathWithoutLocale(path: string): string {
  const locale = prefixedLocale(path);
  if (!locale) return path;
  const rest = path.slice(locale.length + 1);
  return rest.startsWith('/') ? rest : `/${rest}`;
}
