import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SummaryView } from '@/components/public/summary-view';
import { getPublicSummary } from '@/db/access/public-summary';
import { fill } from '@/lib/i18n/fill';
import { isLocale } from '@/lib/i18n/locale';
import { publicText } from '@/lib/i18n/messages/public';
import { parseFilterKey } from '@/lib/public/filters';

// proxy.ts serves /?category=…&org=…&status=… from here, with the filters in the path, so a
// filtered view is cached like / itself (reading searchParams would render it on every request).
export function generateStaticParams(): { key: string }[] {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[lang]/filter/[key]'>): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const summary = await getPublicSummary();
  return {
    title: { absolute: fill(publicText[lang].pageTitle, { year: summary?.resolution.year ?? '' }) },
    robots: { index: false },
  };
}

export default async function FilteredSummaryPage({ params }: PageProps<'/[lang]/filter/[key]'>) {
  const { lang, key } = await params;
  const filters = parseFilterKey(key);
  if (!isLocale(lang) || !filters) notFound();
  const summary = await getPublicSummary();
  if (!summary) return <p>{publicText[lang].notFoundResolution}</p>;
  return <SummaryView summary={summary} filters={filters} locale={lang} />;
}
