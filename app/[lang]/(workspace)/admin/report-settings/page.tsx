import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { readLetterheadSettings } from '@/db/access/report-settings';
import { requirePageUser } from '@/db/access/session';
import { isLocale } from '@/lib/i18n/locale';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { reportSettingsMessages } from '@/lib/i18n/messages/report-settings';
import { AdminNav } from '../admin-nav';
import { LetterheadForm } from './letterhead-form';

export const metadata: Metadata = { title: 'Tiêu đề báo cáo định kỳ' };
// Per user and per request: never cached.
export const dynamic = 'force-dynamic';

export default async function ReportSettingsPage({ params }: PageProps<'/[lang]/admin/report-settings'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/admin/report-settings');
  const t = reportSettingsMessages[lang];
  return (
    <div className="space-y-4">
      <AdminNav t={adminMessages[lang]} current="report-settings" locale={lang} />
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="max-w-prose text-stone-700">{t.intro}</p>
      <LetterheadForm t={t} settings={readLetterheadSettings(user)} />
    </div>
  );
}
