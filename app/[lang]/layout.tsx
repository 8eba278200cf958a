import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { readWardIdentity } from '@/db/access/ward-identity';
import { isLocale, locales } from '@/lib/i18n/locale';
import { common } from '@/lib/i18n/messages/common';
import { siteTitle } from '@/lib/ward/ward-identity';
import '../globals.css';

// The ward's name (an office setting) in every title: "Tổng quan · Theo dõi Nghị quyết · Phường An Bình".
export async function generateMetadata({ params }: LayoutProps<'/[lang]'>): Promise<Metadata> {
  const { lang } = await params;
  const t = common[isLocale(lang) ? lang : 'vi'];
  const site = siteTitle(t.appName, readWardIdentity());
  return { title: { default: site, template: `%s · ${site}` }, description: t.description };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Nothing is prerendered at build time (the database is a run-time file): each page is rendered on
// its first visit per language, cached, and re-rendered when revalidatePublicPages() is called.
export function generateStaticParams(): { lang: (typeof locales)[number] }[] {
  return [];
}

export default async function RootLayout({ children, params }: LayoutProps<'/[lang]'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = common[lang];
  const ward = readWardIdentity();
  return (
    <html lang={lang}>
      <body className="min-h-screen flex flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2"
        >
          {t.skipToContent}
        </a>
        <SiteHeader locale={lang} ward={ward} />
        <main id="main" className="flex-1 w-full max-w-6xl mx-auto px-3 sm:px-6 py-4 sm:py-6">
          {children}
        </main>
        <footer className="no-print border-t border-stone-200 text-sm text-stone-600 py-4 px-3 text-center">
          {ward.name ? `${t.footer} · ${ward.name}` : t.footer}
        </footer>
      </body>
    </html>
  );
}
