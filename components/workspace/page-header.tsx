import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';

type Props = {
  locale: Locale;
  /** Where "back" leads: a path of this site, put in the page's language here. */
  back?: { path: string; label: string };
  title: ReactNode;
  intro?: ReactNode;
  /** A long intro kept to a reading width. */
  proseIntro?: boolean;
};

/**
 * A workspace page's top: the way back, then the page's one h1 and what the page is for. The back
 * link and the header are two children, so the page's own spacing (space-y-*) sets them apart.
 */
export function WorkspacePageHeader({ locale, back, title, intro, proseIntro = false }: Props) {
  return (
    <>
      {back ? (
        <Link href={localePath(locale, back.path)} className="inline-block py-1 text-blue-800 underline">
          {back.label}
        </Link>
      ) : null}
      <header>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {intro ? <p className={proseIntro ? 'max-w-prose text-stone-700' : 'text-stone-700'}>{intro}</p> : null}
      </header>
    </>
  );
}
