import { defaultLocale, type Locale } from './locale';

/**
 * The URL of a page of this site in a language: Vietnamese at the path itself ("/dashboard"),
 * English under /en ("/en/dashboard"). Every link to a page goes through this, so a URL alone says
 * which language it serves and a cache may keep it by its URL.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`Not a path of this site: ${path}`);
  if (locale === defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
