import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getCurrentUser } from '@/db/access/session';
import { readWardIdentity } from '@/db/access/ward-identity';
import { fill } from '@/lib/i18n/fill';
import { wardMessages } from '@/lib/i18n/messages/ward';
import { roleHome } from '@/lib/auth/role-home';
import { localePath } from '@/lib/i18n/locale-path';
import { isLocale, type Locale } from '@/lib/i18n/locale';
import { authMessages } from '@/lib/i18n/messages/auth';
import { callbackPath } from '@/lib/auth/login-url';
import { safeLocalPath } from '@/lib/safe-path';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Đăng nhập' };
// Reads the query string (callbackUrl, error) and the session; never cached.
export const dynamic = 'force-dynamic';

export default async function LoginPage({ params, searchParams }: PageProps<'/[lang]/login'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const query = await searchParams;
  // Only a page of this site (not /login, not an API route); anything else is dropped and the
  // role's own page is used.
  const asked = safeLocalPath(typeof query.callbackUrl === 'string' ? query.callbackUrl : null, '');
  const askedUrl = asked ? new URL(asked, 'http://login.invalid') : null;
  const callbackUrl = askedUrl ? callbackPath(askedUrl.pathname, askedUrl.search) : null;

  // A signed-in user (also right after the form succeeds) goes on to the page asked for, or to
  // the page of their role: officer → /dashboard, chair → /approvals, admin → /admin.
  const user = await getCurrentUser();
  if (user) redirect(callbackUrl ?? localePath(lang, roleHome(user.role)));

  const error = typeof query.error === 'string' ? query.error : null;
  const t = authMessages[lang];
  return (
    <div className="max-w-sm mx-auto py-6">
      <h1 className="text-2xl font-semibold mb-2">{t.title}</h1>
      <p className="text-stone-700 mb-6">{t.intro}</p>
      {query.notice === 'password-changed' ? (
        <p
          className="mb-4 rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900"
          data-testid="login-notice"
          role="status"
        >
          {t.passwordChanged}
        </p>
      ) : null}
      <LoginForm messages={t} callbackUrl={callbackUrl} loginPath={localePath(lang, '/login')} initialError={error} />
      <PasswordContact locale={lang} />
    </div>
  );
}

/** Whom to ask for a forgotten password: the office's own words, set at /admin/ward. */
function PasswordContact({ locale }: { locale: Locale }) {
  const w = wardMessages[locale];
  const contact = readWardIdentity().passwordContact;
  return (
    <p className="mt-6 border-t border-stone-200 pt-4 text-stone-700" data-testid="password-contact">
      <strong>{w.forgotPassword}</strong> {contact ? fill(w.forgotContact, { contact }) : w.forgotDefault}
    </p>
  );
}
