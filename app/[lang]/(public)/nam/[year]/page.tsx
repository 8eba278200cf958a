import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SummaryView } from '@/components/public/summary-view';
import { getPublicSummaryOf, getPublicYears } from '@/db/access/public-summary';
import { fill } from '@/lib/i18n/fill';
import { isLocale } from '@/lib/i18n/locale';
import { publicText } from '@/lib/i18n/messages/public';
import { noFilters } from '@/lib/public/filters';

// One year's summary at its own URL (/nam/2023, /en/nam/2023), rendered once and cached like /
// until revalidatePublicPages(): an earlier year stays public and read-only.
export function generateStaticParams(): { year: string }[] {
  return [];
}

async function findYear(raw: string) {
  if (!/^\d{4}$/.test(raw)) return null;
  return getPublicSummaryOf(Number(raw));
}

export async function generateMetadata({ params }: PageProps<'/[lang]/nam/[year]'>): Promise<Metadata> {
  const { lang, year } = await params;
  if (!isLocale(lang)) return {};
  const summary = await findYear(year);
  return summary ? { title: { absolute: fill(publicText[lang].pageTitle, { year: summary.resolution.year }) } } : {};
}

export default async function YearSummaryPage({ params }: PageProps<'/[lang]/nam/[year]'>) {
  const { lang, year } = await params;
  const summary = await findYear(year);
  if (!isLocale(lang) || !summary) notFound();
  const years = await getPublicYears();
  const current = years.find((y) => y.year === summary.resolution.year)?.current ?? false;
  return <SummaryView summary={summary} filters={noFilters} locale={lang} years={years} archived={!current} />;
}
