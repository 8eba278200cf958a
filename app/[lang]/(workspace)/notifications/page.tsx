import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listNotifications } from '@/db/access/notifications';
import { requirePageUser } from '@/db/access/session';
import { formatDateTime } from '@/lib/format';
import { isLocale } from '@/lib/i18n/locale';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { markAllReadForm, openNotificationForm } from './actions';

export const metadata: Metadata = { title: 'Thông báo' };
export const dynamic = 'force-dynamic';

/** The account's reminders, notices, comments and digests, newest first. */
export default async function NotificationsPage({ params }: PageProps<'/[lang]/notifications'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/notifications');
  const t = reminderMessages[lang];
  const items = listNotifications(user);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t.notificationsTitle}</h1>
      <p className="text-stone-700">{t.notificationsIntro}</p>
      {items.some((n) => !n.read) ? (
        <form action={markAllReadForm}>
          <button type="submit" className="min-h-11 rounded border border-stone-500 bg-white px-4 py-2 font-semibold">
            {t.markAllRead}
          </button>
        </form>
      ) : null}
      {items.length === 0 ? <p>{t.noNotifications}</p> : null}
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white" data-testid="notifications">
        {items.map((n) => (
          <li key={n.id} className={`p-3 ${n.read ? '' : 'bg-amber-50'}`} data-read={n.read}>
            <form action={openNotificationForm} className="space-y-1">
              <input type="hidden" name="id" value={n.id} />
              <p className="text-sm text-stone-600">
                {formatDateTime(n.createdAt, lang)}
                {n.read ? null : <strong className="ml-2 text-red-800">● {t.unread}</strong>}
              </p>
              <button type="submit" className="text-left font-semibold text-blue-800 underline underline-offset-2">
                {n.title}
              </button>
              <p className="whitespace-pre-line break-words text-stone-800">{n.body}</p>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
