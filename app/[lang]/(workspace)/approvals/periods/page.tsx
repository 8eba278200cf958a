import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { WorkspacePageHeader } from '@/components/workspace/page-header';
import { ClosePeriodForm, ReopenPeriodForm } from '@/components/workflow/period-closing-forms';
import { getClosingBoard, type ClosingPeriod, type Reopening } from '@/db/access/period-closing';
import { requirePageUser } from '@/db/access/session';
import { formatDate, formatDateTime } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import { isLocale, type Locale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { closingMessages, type ClosingMessages } from '@/lib/i18n/messages/closing';
import { formatPeriod } from '@/lib/period-label';
import { closePeriodAction, reopenPeriodAction } from './actions';
import { backToQueue } from '../back-to-queue';

export const metadata: Metadata = { title: 'Chốt số liệu' };

type Ctx = { t: ClosingMessages; locale: Locale; organizations: { id: number; name: string }[] };

function ReopeningLines({ rows, ctx }: { rows: Reopening[]; ctx: Ctx }) {
  if (rows.length === 0) return null;
  const { t, locale } = ctx;
  return (
    <div>
      <p className="text-sm font-semibold">{t.reopenings}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="reopenings">
        {rows.map((r) => (
          <li key={r.id}>
            {fill(t.reopeningLine, {
              org: r.organizationName,
              reason: r.reason,
              state: fill(r.running ? t.runningUntil : t.expiredAt, {
                until: formatDateTime(r.until, locale),
              }),
              by: r.createdBy,
              created: formatDate(r.createdAt, locale),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PeriodBlock({ period, ctx }: { period: ClosingPeriod; ctx: Ctx }) {
  const { t, locale } = ctx;
  const label = formatPeriod(period.code, locale);
  return (
    <section
      aria-label={label}
      className="space-y-2 rounded border border-stone-300 bg-white p-3"
      data-testid={`period-${period.code}`}
    >
      <h3 className="flex flex-wrap items-baseline gap-x-3 font-semibold">
        <span>{label}</span>
        <span
          className={`text-sm font-medium ${period.closedAt ? 'text-red-900' : 'text-green-900'}`}
          data-testid="period-state"
        >
          {period.closedAt ? fill(t.closedOn, { date: formatDate(period.closedAt, locale) }) : t.open}
        </span>
      </h3>
      <p className="text-sm text-stone-700">{fill(t.dueOn, { date: formatDate(period.dueOn, locale) })}</p>
      {period.closedAt ? null : period.waiting.length > 0 ? (
        // What still waits comes first: the chair settles it, then closes.
        <div className="rounded border border-amber-700 bg-amber-50 p-2" data-testid="waiting">
          <p className="text-sm font-semibold">{fill(t.waitingTitle, { n: period.waiting.length })}</p>
          <ul className="list-disc pl-5 text-sm">
            {period.waiting.map((w) => (
              <li key={w.id}>
                {w.organizationName} – <span className="font-mono">{w.subjectCode}</span>
              </li>
            ))}
          </ul>
          <Link
            href={localePath(locale, `/approvals?period=${period.id}`)}
            prefetch={false}
            className="text-sm font-medium text-blue-800 underline"
          >
            {t.settle}
          </Link>
        </div>
      ) : (
        <p className="text-sm text-stone-700">{t.waitingNone}</p>
      )}
      {period.closedAt ? (
        <ReopenPeriodForm
          action={reopenPeriodAction}
          periodId={period.id}
          code={period.code}
          organizations={ctx.organizations}
          t={t}
        />
      ) : (
        <ClosePeriodForm
          action={closePeriodAction}
          periodId={period.id}
          code={period.code}
          confirmLabel={fill(t.confirm, { period: label })}
          closeLabel={t.close}
        />
      )}
      <ReopeningLines rows={period.reopenings} ctx={ctx} />
    </section>
  );
}

/** The chair closes a period (chốt số liệu) and reopens it for one organization when needed. */
export default async function ClosingPage({ params }: PageProps<'/[lang]/approvals/periods'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/approvals/periods');
  const board = getClosingBoard(user);
  const t = closingMessages[lang];
  const ctx: Ctx = { t, locale: lang, organizations: board.organizations };
  const reviews = board.periods.filter((p) => p.kind !== 'month');
  const months = board.periods.filter((p) => p.kind === 'month');
  return (
    <div className="space-y-4">
      <WorkspacePageHeader locale={lang} back={backToQueue(lang)} title={t.title} intro={t.intro} />
      {board.periods.length === 0 ? <p>{t.none}</p> : null}
      <h2 className="text-xl font-semibold">{t.reviews}</h2>
      <div className="grid gap-3 md:grid-cols-2">
        {reviews.map((p) => (
          <PeriodBlock key={p.id} period={p} ctx={ctx} />
        ))}
      </div>
      <details className="rounded border border-stone-300 bg-white p-3">
        <summary className="cursor-pointer text-xl font-semibold">{t.months}</summary>
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          {months.map((p) => (
            <PeriodBlock key={p.id} period={p} ctx={ctx} />
          ))}
        </div>
      </details>
    </div>
  );
}
