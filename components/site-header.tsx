import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locale';
import { common } from '@/lib/i18n/messages/common';
import { emblemPath } from '@/lib/ward/emblem-path';
import type { WardIdentity } from '@/lib/ward/ward-identity';
import { LanguageSwitch } from './language-switch';
import { localePath } from '@/lib/i18n/locale-path';

/**
 * The same header for every visitor, so public pages stay cacheable; the workspace adds its own
 * navigation for the signed-in user below it.
 */
export function SiteHeader({ locale, ward }: { locale: Locale; ward: WardIdentity }) {
  const t = common[locale];
  const emblem = emblemPath(ward);
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="max-w-6xl mx-auto px-3 sm:px-6 py-2 flex flex-wrap items-center gap-x-4 gap-y-1">
        <Link
          href={localePath(locale, '/')}
          className="flex items-center gap-2 py-1 leading-tight"
          data-testid="site-name"
        >
          {emblem ? (
            // The office's own small image, already sized: next/image's optimiser adds nothing.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={emblem} alt="" width={32} height={32} className="h-8 w-8 rounded-sm bg-white object-contain" />
          ) : null}
          <span>
            <span className="block text-lg font-semibold">{t.appName}</span>
            {ward.name ? <span className="block text-sm text-white/90">{ward.name}</span> : null}
          </span>
        </Link>
        <nav aria-label={t.mainNav} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm ml-auto">
          <Link href={localePath(locale, '/')} className="py-2 hover:underline">
            {t.navSummary}
          </Link>
          <Link href={localePath(locale, '/login')} className="py-2 hover:underline" data-login-link>
            {t.login}
          </Link>
          <LanguageSwitch locale={locale} text={t.switchLanguage} label={t.switchLanguageLabel} />
        </nav>
      </div>
    </header>
  );
}
