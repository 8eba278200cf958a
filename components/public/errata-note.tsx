import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { publicYearsText } from '@/lib/i18n/messages/public-years';
import { viLang } from './vi-text';

/**
 * The office's correction of a typo, under the resolution's own words (which stay as written):
 * "Đính chính: …" and a note saying whose correction it is.
 */
export function ErrataNote({ errata, locale }: { errata: string | null; locale: Locale }) {
  if (!errata) return null;
  const t = publicYearsText[locale];
  return (
    <aside className="rounded border border-sky-700 bg-sky-50 px-3 py-2 text-sm" data-testid="errata">
      <p {...viLang(locale)} className="font-medium">
        {fill(t.errata, { text: errata })}
      </p>
      <p className="text-stone-700">{t.errataNote}</p>
    </aside>
  );
}
