import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SummaryView } from '@/components/public/summary-view';
import { getPublicSummary, getPublicYears } from '@/db/access/public-summary';
import { readWardIdentity } from '@/db/access/ward-identity';
import { fill } from '@/lib/i18n/fill';
import { isLocale } from '@/lib/i18n/locale';
import { publicText } from '@/lib/i18n/messages/public';
import { noFilters } from '@/lib/public/filters';

// Reads no request data (no cookies, no searchParams), so each language is rendered once and
// served from the cache until revalidatePublicPages(); filtered views are /filter/[key].
export async function generateMetadata({ params }: PageProps<'/[lang]'>): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const summary = await getPublicSummary();
  const title = fill(publicText[lang].pageTitle, { year: summary?.resolution.year ?? '' });
  const ward = readWardIdentity().name;
  return { title: { absolute: ward ? `${title} · ${ward}` : title } };
}

export default async function PublicSummaryPage({ params }: PageProps<'/[lang]'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const summary = await getPublicSummary();
  if (!summary) return <p>{publicText[lang].notFoundResolution}</p>;
  return <SummaryView summary={summary} filters={noFilters} locale={lang} years={await getPublicYears()} />;
}
