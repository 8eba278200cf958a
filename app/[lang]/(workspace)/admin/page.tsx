import { Icon } from '@/components/ui/icon';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { countOpenImportWarnings } from '@/db/access/import-warnings';
import { requirePageUser } from '@/db/access/session';
import { listAccounts } from '@/db/access/users';
import { isLocale } from '@/lib/i18n/locale';
import { accountMessages, roleLabel } from '@/lib/i18n/messages/account';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { AccountStatus } from './account-status';
import { AdminNav } from './admin-nav';
import { fill } from '@/lib/i18n/fill';
import { localePath } from '@/lib/i18n/locale-path';

export const metadata: Metadata = { title: 'Quản trị' };
// Per user and per request: never cached.
export const dynamic = 'force-dynamic';

export default async function AdminPage({ params }: PageProps<'/[lang]/admin'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/admin');
  const t = adminMessages[lang];
  const ta = accountMessages[lang];
  const accounts = listAccounts(user);
  const warningCount = countOpenImportWarnings(user);
  return (
    <div>
      <h1 className="text-2xl font-semibold mb-3">{t.title}</h1>
      <AdminNav t={t} current="accounts" locale={lang} />
      {warningCount > 0 ? (
        <p className="mb-4 rounded border border-amber-700 bg-amber-50 px-3 py-2" data-testid="warnings-banner">
          <Icon name="warning" /> {fill(t.warningsBanner, { n: warningCount })}{' '}
          <Link href={localePath(lang, '/admin/warnings')} className="text-blue-800 underline">
            {t.warningsLink}
          </Link>
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2 mb-3">
        <h2 className="text-xl font-semibold">{t.accountsTitle}</h2>
        <Link
          href={localePath(lang, '/admin/accounts/new')}
          className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t.newAccount}
        </Link>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="accounts-table">
          <thead>
            <tr className="border-b border-stone-400 text-left">
              {[t.colUsername, t.colName, t.colRole, t.colOrganization, t.colStatus].map((label) => (
                <th key={label} scope="col" className="py-2 pr-3">
                  {label}
                </th>
              ))}
              <th scope="col" className="py-2">
                <span className="sr-only">{t.manage}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} className="border-b border-stone-200 align-top" data-testid={`account-row-${a.username}`}>
                <td className="py-2 pr-3 font-mono">{a.username}</td>
                <td className="py-2 pr-3">{a.displayName}</td>
                <td className="py-2 pr-3">{roleLabel(ta, a.role)}</td>
                <td className="py-2 pr-3">{a.organizationName ?? '—'}</td>
                <td className="py-2 pr-3">
                  <AccountStatus account={a} t={t} locale={lang} />
                </td>
                <td className="py-2">
                  <Link
                    href={localePath(lang, `/admin/accounts/${a.id}`)}
                    prefetch={false}
                    className="inline-block py-1 text-blue-800 underline"
                    aria-label={`${t.manage} ${a.username}`}
                  >
                    {t.manage}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
