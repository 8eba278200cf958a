import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MailPreferencesForm } from '@/components/mail-preferences-form';
import { getMailPreferences } from '@/db/access/mail-preferences';
import { requirePageUser } from '@/db/access/session';
import { isLocale } from '@/lib/i18n/locale';
import { accountMessages, roleLabel } from '@/lib/i18n/messages/account';
import { formMessages } from '@/lib/i18n/messages/forms';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { saveMailPreferences } from './actions';
import { ChangePasswordForm } from './change-password-form';

export const metadata: Metadata = { title: 'Tài khoản' };
// Per user and per request: never cached.
export const dynamic = 'force-dynamic';

export default async function AccountPage({ params }: PageProps<'/[lang]/account'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/account');
  const t = accountMessages[lang];
  const facts = [
    [t.username, user.username],
    [t.displayName, user.displayName],
    [t.role, roleLabel(t, user.role)],
    [t.organization, user.organizationName ?? t.noOrganization],
  ] as const;
  const r = reminderMessages[lang];
  const preferences = getMailPreferences(user, user.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <dl className="grid grid-cols-1 sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-1" data-testid="account-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-stone-600">{term}</dt>
            <dd className="font-medium mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      {preferences ? (
        <section aria-labelledby="mail-preferences" className="space-y-3">
          <h2 id="mail-preferences" className="text-xl font-semibold">
            {r.prefsTitle}
          </h2>
          <p className="text-stone-700 max-w-prose">{r.prefsIntro}</p>
          <MailPreferencesForm
            action={saveMailPreferences}
            t={r}
            saving={formMessages[lang].saving}
            values={preferences}
            isChair={user.role === 'chair'}
          />
        </section>
      ) : null}
      <section aria-labelledby="change-password" className="space-y-3">
        <h2 id="change-password" className="text-xl font-semibold">
          {t.changePassword}
        </h2>
        <p className="text-stone-700 max-w-prose">{t.changePasswordIntro}</p>
        <ChangePasswordForm t={t} saving={formMessages[lang].saving} />
      </section>
    </div>
  );
}
