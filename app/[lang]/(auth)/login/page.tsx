import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/lib/i18n/locale';
import { authMessages } from '@/lib/i18n/messages/auth';
import { safeLocalPath } from '@/lib/safe-path';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Đăng nhập' };
// Reads the query string (callbackUrl, error); never cached.
export const dynamic = 'force-dynamic';

export default async function LoginPage({ params, searchParams }: PageProps<'/[lang]/login'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const query = await searchParams;
  const callbackUrl = safeLocalPath(typeof query.callbackUrl === 'string' ? query.callbackUrl : null, '/dashboard');
  const error = typeof query.error === 'string' ? query.error : null;
  const t = authMessages[lang];
  return (
    <div className="max-w-sm mx-auto py-6">
      <h1 className="text-2xl font-semibold mb-2">{t.title}</h1>
      <p className="text-stone-700 mb-6">{t.intro}</p>
      <LoginForm messages={t} callbackUrl={callbackUrl} initialError={error} />
    </div>
  );
}
