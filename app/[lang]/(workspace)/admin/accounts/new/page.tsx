import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/db/access/session';
import { listOrganizationOptions } from '@/db/access/users';
import { isLocale } from '@/lib/i18n/locale';
import { accountMessages } from '@/lib/i18n/messages/account';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { formMessages } from '@/lib/i18n/messages/forms';
import { AdminNav } from '../../admin-nav';
import { CreateAccountForm } from './create-account-form';
import { localePath } from '@/lib/i18n/locale-path';

export const metadata: Metadata = { title: 'Tạo tài khoản' };
// Per user and per request: never cached.
export const dynamic = 'force-dynamic';

export default async function NewAccountPage({ params }: PageProps<'/[lang]/admin/accounts/new'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/admin/accounts/new');
  const t = { ...accountMessages[lang], ...adminMessages[lang] };
  return (
    <div>
      <AdminNav t={adminMessages[lang]} current="accounts" locale={lang} />
      <p className="mb-2">
        <Link href={localePath(lang, '/admin')} className="text-blue-800 underline">
          {t.backToAccounts}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold mb-4">{t.createTitle}</h1>
      <CreateAccountForm t={t} organizations={listOrganizationOptions(user)} saving={formMessages[lang].saving} />
    </div>
  );
}
