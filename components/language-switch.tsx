'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { localePath, pathWithoutLocale } from '@/lib/i18n/locale-path';

type Props = { locale: Locale; text: string; label: string };

/**
 * A plain link to the same page in the other language: the language is in the URL, so the link
 * is all there is to it (no cookie). Rendered on the server too, so it works without JavaScript.
 */
export function LanguageSwitch(props: Props) {
  // The query (the summary's filters) is known in the browser only: cached pages are rendered
  // without it, so the server's link is the page's path and the browser adds the query.
  return (
    <Suspense fallback={<SwitchLink {...props} query="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery(props: Props) {
  const query = useSearchParams()?.toString() ?? '';
  return <SwitchLink {...props} query={query ? `?${query}` : ''} />;
}

function SwitchLink({ locale, text, label, query }: Props & { query: string }) {
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  const href = localePath(other, `${pathWithoutLocale(usePathname() ?? '/')}${query}`);
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      aria-label={label}
      className="rounded border border-white/60 px-2 py-1 hover:bg-white/10"
      data-testid="language-switch"
    >
      {text}
    </a>
  );
}
