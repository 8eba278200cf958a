import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/db/access/session';
import { readWardIdentity } from '@/db/access/ward-identity';
import { fill } from '@/lib/i18n/fill';
import { isLocale } from '@/lib/i18n/locale';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { wardMessages } from '@/lib/i18n/messages/ward';
import { emblemPath } from '@/lib/ward/emblem-path';
import { AdminNav } from '../admin-nav';
import { EmblemForm } from './emblem-form';
import { WardIdentityForm } from './ward-identity-form';

export const metadata: Metadata = { title: 'Thông tin phường' };
// Per user and per request: never cached.
export const dynamic = 'force-dynamic';

export default async function WardPage({ params }: PageProps<'/[lang]/admin/ward'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  await requirePageUser('/admin/ward');
  const t = wardMessages[lang];
  const ward = readWardIdentity();
  return (
    <div className="space-y-4">
      <AdminNav t={adminMessages[lang]} current="ward" locale={lang} />
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="max-w-prose text-stone-700">{t.intro}</p>
      {ward.name ? null : (
        <p className="max-w-prose rounded border border-amber-600 bg-amber-50 px-3 py-2" data-testid="ward-not-set">
          {t.notSet}
        </p>
      )}
      <WardIdentityForm t={t} ward={ward} />
      <EmblemForm t={t} emblemSrc={emblemPath(ward)} alt={fill(t.emblemAlt, { ward: ward.name || t.name })} />
    </div>
  );
}
