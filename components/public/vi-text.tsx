import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locale';

/*
 * The resolution's own words (names, texts) are Vietnamese. On the Vietnamese page <html lang="vi">
 * already says so; only the English page marks them one by one, so the page most citizens read
 * does not repeat lang="vi" on every name — in the HTML and again in the RSC payload.
 */

/** Props to spread on an element holding the resolution's words: `<p {...viLang(locale)}>`. */
export function viLang(locale: Locale): { lang?: 'vi' } {
  return locale === 'vi' ? {} : { lang: 'vi' };
}

/** The resolution's words as inline text: bare on the Vietnamese page, in a lang="vi" span on the English one. */
export function viText(text: string, locale: Locale): ReactNode {
  return locale === 'vi' ? text : <span lang="vi">{text}</span>;
}

/**
 * Children with adjacent strings joined and empty parts dropped: React writes `<!-- -->` between
 * neighbouring text nodes in the HTML and keeps each as its own payload entry. Elements need keys.
 */
export function inline(...parts: (ReactNode | null | false | undefined)[]): ReactNode[] {
  const out: ReactNode[] = [];
  for (const part of parts) {
    if (part === null || part === undefined || part === false || part === '') continue;
    const last = out.length - 1;
    if (typeof part === 'string' && typeof out[last] === 'string') out[last] = `${out[last]}${part}`;
    else out.push(part);
  }
  return out;
}
