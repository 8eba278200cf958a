import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MailPreferencesForm } from '@/components/mail-preferences-form';
import { getMailPreferences } from '@/db/access/mail-preferences';
import { requirePageUser } from '@/db/access/session';
import { getAccount, listOrganizationOptions } from '@/db/access/users';
import { formatDateTime } from '@/lib/format';
import { isLocale } from '@/lib/i18n/locale';
import { accountMessages, roleLabel } from '@/lib/i18n/messages/account';
import { common } from '@/lib/i18n/messages/common';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { formMessages } from '@/lib/i18n/messages/forms';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { saveAccountPreferencesAction } from '../actions';
import { AccountStatus } from '../../account-status';
import { AdminNav } from '../../admin-nav';
import { AccountStatusForm, MoveAccountForm, ResetPasswordForm } from './account-forms';
import { fill } from '@/lib/i18n/fill';
import { localePath } from '@/lib/i18n/locale-path';

export const metadata: Metadata = { title: 'Quản lý tài khoản' };
// Per user and per request: never cached.
export const dynamic = 'force-dynamic';

export default async function AccountAdminPage({ params, searchParams }: PageProps<'/[lang]/admin/accounts/[id]'>) {
  const { lang, id } = await params;
  if (!isLocale(lang) || !/^\d{1,9}$/.test(id)) notFound();
  const user = await requirePageUser(`/admin/accounts/${id}`);
  const account = getAccount(user, Number(id));
  if (!account) notFound();
  const created = (await searchParams).created === '1';
  const t = { ...accountMessages[lang], ...adminMessages[lang] };
  const saving = formMessages[lang].saving;
  const own = account.id === user.id;
  const preferences = getMailPreferences(user, account.id);
  const facts = [
    [t.colUsername, account.username],
    [t.colName, account.displayName],
    [t.colRole, roleLabel(t, account.role)],
    [t.colOrganization, account.organizationName ?? t.noOrganization],
    [t.createdAt, formatDateTime(account.createdAt, lang)],
    [t.passwordChangedAt, account.passwordChangedAt ? formatDateTime(account.passwordChangedAt, lang) : t.never],
  ] as const;
  return (
    <div className="space-y-6">
      <div>
        <AdminNav t={adminMessages[lang]} current="accounts" locale={lang} />
        <p className="mb-2">
          <Link href={localePath(lang, '/admin')} className="text-blue-800 underline">
            {t.backToAccounts}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{fill(t.accountTitle, { username: account.username })}</h1>
        {created ? (
          <p className="mt-2 font-medium text-green-800" role="status" data-testid="account-created">
            ✓ {t.created}
          </p>
        ) : null}
      </div>
      <dl className="grid grid-cols-1 sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-1" data-testid="account-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-stone-600">{term}</dt>
            <dd className="font-medium mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="text-stone-600">{t.colStatus}</dt>
          <dd data-testid="account-state">
            <AccountStatus account={account} t={t} locale={lang} />
          </dd>
        </div>
      </dl>
      {own ? (
        <p className="rounded border border-stone-300 bg-white px-3 py-2">
          {t.yourOwnAccount}{' '}
          <Link href={localePath(lang, '/account')} className="text-blue-800 underline">
            {common[lang].navAccount}
          </Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="status-section" className="space-y-2">
            <h2 id="status-section" className="text-xl font-semibold">
              {t.statusSection}
            </h2>
            <AccountStatusForm
              t={t}
              accountId={account.id}
              saving={saving}
              active={account.active}
              locked={account.locked}
            />
          </section>
          <section aria-labelledby="reset-section" className="space-y-2">
            <h2 id="reset-section" className="text-xl font-semibold">
              {t.resetSection}
            </h2>
            <p className="text-stone-700 max-w-prose">{t.resetIntro}</p>
            <ResetPasswordForm t={t} accountId={account.id} saving={saving} />
          </section>
          {preferences ? (
            <section aria-labelledby="mail-section" className="space-y-2">
              <h2 id="mail-section" className="text-xl font-semibold">
                {reminderMessages[lang].prefsTitle}
              </h2>
              <MailPreferencesForm
                action={saveAccountPreferencesAction}
                t={reminderMessages[lang]}
                saving={saving}
                values={preferences}
                userId={account.id}
                isChair={account.role === 'chair'}
              />
            </section>
          ) : null}
          <section aria-labelledby="move-section" className="space-y-2">
            <h2 id="move-section" className="text-xl font-semibold">
              {t.moveSection}
            </h2>
            <MoveAccountForm
              t={t}
              accountId={account.id}
              saving={saving}
              organizations={listOrganizationOptions(user)}
              role={account.role}
              organizationId={account.organizationId}
            />
          </section>
        </>
      )}
    </div>
  );
}
