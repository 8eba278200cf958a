import Link from 'next/link';
import type { PublicYear } from '@/db/access/public-summary';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { publicYearsText } from '@/lib/i18n/messages/public-years';

/** The URL of a year's summary: `/` for the current one, `/nam/2023` for an earlier one (each cached by its URL). */
export function yearPath(year: PublicYear): string {
  return year.current ? '/' : `/nam/${year.year}`;
}

/** Every year held, one link each: earlier years are one click from `/`. Plain links, no JavaScript. */
export function YearSwitcher({ years, shown, locale }: { years: PublicYear[]; shown: number; locale: Locale }) {
  if (years.length < 2) return null;
  const t = publicYearsText[locale];
  return (
    <nav aria-label={t.switcherLabel} data-testid="year-switcher">
      <ul className="flex flex-wrap gap-2 text-sm">
        {years.map((y) => (
          <li key={y.year}>
            <Link
              href={localePath(locale, yearPath(y))}
              aria-current={y.year === shown ? 'page' : undefined}
              className="inline-block rounded border border-stone-400 bg-white px-3 py-1 text-blue-900 aria-[current=page]:border-blue-900 aria-[current=page]:font-semibold"
            >
              {fill(t.yearLink, { year: y.year })} {y.current ? t.currentMark : ''}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
