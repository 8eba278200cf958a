import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getReminderDays, listOutbox, outboxPageSize } from '@/db/access/outbox';
import { requirePageUser } from '@/db/access/session';
import { mailStates, type MailState } from '@/lib/domain';
import { formatDateTime } from '@/lib/format';
import { localePath } from '@/lib/i18n/locale-path';
import { isLocale } from '@/lib/i18n/locale';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { formMessages } from '@/lib/i18n/messages/forms';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { mailConfig } from '@/lib/mail/config';
import { AdminNav } from '../admin-nav';
import { ReminderDaysForm } from './reminder-days-form';

export const metadata: Metadata = { title: 'Thư đi' };
export const dynamic = 'force-dynamic';

const stateLabel = {
  pending: 'statePending',
  sending: 'stateSending',
  sent: 'stateSent',
  failed: 'stateFailed',
} as const;

function smtpConfigured(): boolean {
  try {
    return mailConfig().smtpUrl !== null;
  } catch {
    return false;
  }
}

/** Every email the app has queued, with its fate, and the office's reminder setting. */
export default async function OutboxPage({ params, searchParams }: PageProps<'/[lang]/admin/outbox'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/admin/outbox');
  const query = await searchParams;
  const state = (mailStates as readonly string[]).includes(String(query.state)) ? (query.state as MailState) : null;
  const page = /^\d{1,6}$/.test(String(query.page)) ? Math.max(1, Number(query.page)) : 1;
  const t = reminderMessages[lang];
  const { rows, counts } = listOutbox(user, state, page);
  const href = (s: MailState | null, p = 1) => {
    const params = new URLSearchParams();
    if (s) params.set('state', s);
    if (p > 1) params.set('page', String(p));
    const q = params.toString();
    return localePath(lang, `/admin/outbox${q ? `?${q}` : ''}`);
  };
  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <AdminNav t={adminMessages[lang]} current="outbox" locale={lang} />
      <h1 className="text-2xl font-semibold">{t.outboxTitle}</h1>
      <p className="text-stone-700">{t.outboxIntro}</p>
      <p className="rounded border border-stone-300 bg-white p-3 font-medium" data-testid="smtp-state">
        {smtpConfigured() ? t.smtpOn : t.smtpOff}
      </p>
      <ReminderDaysForm t={t} days={getReminderDays(user)} saving={formMessages[lang].saving} />
      <nav aria-label={t.colState} className="flex flex-wrap gap-2 text-sm">
        {[null, ...mailStates].map((s) => (
          <Link
            key={s ?? 'all'}
            href={href(s)}
            aria-current={s === state ? 'page' : undefined}
            className="rounded border border-stone-300 bg-white px-3 py-2 text-blue-800 aria-[current=page]:font-semibold aria-[current=page]:underline"
          >
            {s ? `${t[stateLabel[s]]} (${counts[s]})` : t.filterAll}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? <p>{t.noMail}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="outbox">
          <thead>
            <tr className="border-b border-stone-400 text-left">
              <th className="p-2">{t.colCreated}</th>
              <th className="p-2">{t.colTo}</th>
              <th className="p-2">{t.colSubject}</th>
              <th className="p-2">{t.colState}</th>
              <th className="p-2">{t.colAttempts}</th>
              <th className="p-2">{t.colError}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-stone-200 align-top">
                <td className="p-2 whitespace-nowrap">{formatDateTime(r.createdAt, lang)}</td>
                <td className="p-2 break-all">
                  {r.toAddress}
                  {r.username ? <span className="block text-stone-600">{r.username}</span> : null}
                </td>
                <td className="p-2">{r.subject}</td>
                <td className="p-2 whitespace-nowrap">
                  {t[stateLabel[r.state]]}
                  {r.sentAt ? <span className="block text-stone-600">{formatDateTime(r.sentAt, lang)}</span> : null}
                  {r.state === 'pending' && r.attempts > 0 ? (
                    <span className="block text-stone-600">→ {formatDateTime(r.nextAttemptAt, lang)}</span>
                  ) : null}
                </td>
                <td className="p-2 text-right">{r.attempts}</td>
                <td className="p-2 break-words text-red-900">{r.lastError}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="flex gap-4">
        {page > 1 ? (
          <Link className="text-blue-800 underline" href={href(state, page - 1)}>
            {t.newer}
          </Link>
        ) : null}
        {rows.length === outboxPageSize ? (
          <Link className="text-blue-800 underline" href={href(state, page + 1)}>
            {t.older}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
