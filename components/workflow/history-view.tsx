import Link from 'next/link';
import type { SubjectHistory } from '@/db/access/history';
import type { OpenUpdate } from '@/db/access/update-view';
import { formatDateTime, formatQuantity } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { formatPeriod } from '@/lib/period-label';
import { RoleTag, StateBadge } from './badges';
import { SubjectHeading } from './subject-heading';
import { localePath } from '@/lib/i18n/locale-path';

/** A target's or task's approved figures over time, who reported and who approved each. */
export function HistoryView({
  history,
  open,
  locale,
}: {
  history: SubjectHistory;
  open: OpenUpdate[];
  locale: Locale;
}) {
  const t = workflowMessages[locale];
  const { subject } = history;
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <Link href={localePath(locale, '/dashboard')} className="inline-block py-1 text-blue-800 underline">
        {t.backToDashboard}
      </Link>
      <h1 className="text-2xl font-semibold">
        {subject.kind === 'target' ? t.historyTitleTarget : t.historyTitleTask}
      </h1>
      <SubjectHeading subject={subject} locale={locale} />
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-stone-700">{t.assignedTo}:</span>
        {history.organizations.map((o) => (
          <span key={o.id} className="inline-flex items-center gap-1">
            {o.name} <RoleTag role={o.role} t={t} />
          </span>
        ))}
      </p>

      {history.ownRole ? (
        <section aria-labelledby="own-title" className="space-y-2">
          <h2 id="own-title" className="text-lg font-semibold">
            {t.openUpdates}
          </h2>
          <ul className="space-y-1">
            {open.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-2">
                <StateBadge state={r.state} t={t} />
                <Link href={localePath(locale, `/dashboard/updates/${r.id}`)} className="py-1 text-blue-800 underline">
                  {formatPeriod(r.periodCode, locale)}
                </Link>
              </li>
            ))}
          </ul>
          <Link
            href={localePath(locale, `/dashboard/${subject.kind}s/${subject.id}/update`)}
            className="inline-block min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white"
          >
            {t.newUpdate}
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="history-title" className="space-y-2">
        <h2 id="history-title" className="text-lg font-semibold">
          {t.history}
        </h2>
        {history.entries.length === 0 ? <p className="text-stone-700">{t.historyEmpty}</p> : null}
        <ol className="space-y-2" data-testid="history">
          {history.entries.map((e) => (
            <li key={e.id} className="rounded border border-stone-300 bg-white p-3" data-testid={`history-${e.id}`}>
              <p className="flex flex-wrap items-center gap-2 font-semibold">
                {formatPeriod(e.periodCode, locale)}
                <span className="font-normal">· {e.organizationName}</span>
                <RoleTag role={e.role} t={t} />
              </p>
              <p className="text-lg">
                {subject.kind === 'target'
                  ? e.value !== null
                    ? formatQuantity(e.value, subject.unit, locale)
                    : '—'
                  : `${e.taskStatus ? t[`task_${e.taskStatus}`] : '—'} · ${e.progress ?? 0} %`}
              </p>
              {e.note || e.narrative ? (
                <p className="whitespace-pre-line text-stone-800">{e.note ?? e.narrative}</p>
              ) : null}
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-stone-700">
                <dt>{t.reportedBy}</dt>
                <dd>
                  {e.authorName}
                  {e.submittedAt ? ` · ${formatDateTime(e.submittedAt, locale)}` : ''}
                </dd>
                <dt>{t.approvedBy}</dt>
                <dd>
                  {e.reviewerName ?? '—'}
                  {e.reviewedAt ? ` · ${formatDateTime(e.reviewedAt, locale)}` : ''}
                </dd>
              </dl>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
