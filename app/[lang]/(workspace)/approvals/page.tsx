import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { queueCardView } from '@/components/workflow/queue-card-view';
import { QueueList, type QueueListLabels } from '@/components/workflow/queue-list';
import { BulkApproveForm } from '@/components/workflow/review-controls';
import { reviewLabels } from '@/components/workflow/review-labels';
import { listQueue, queueFilterOptions } from '@/db/access/approval-queue';
import { requirePageUser } from '@/db/access/session';
import { clipText } from '@/lib/clip-text';
import { isLocale } from '@/lib/i18n/locale';
import { approvalMessages } from '@/lib/i18n/messages/approvals';
import { judgementMessages } from '@/lib/i18n/messages/judgements';
import { closingMessages } from '@/lib/i18n/messages/closing';
import { fill } from '@/lib/i18n/fill';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { formatPeriod } from '@/lib/period-label';
import { decisionMessages } from '@/lib/i18n/messages/decisions';
import { approveAction, bulkApproveAction, returnAction } from './actions';
import { DecisionBanner } from './decision-banner';
import { parseQueueQuery, queueHref } from './filters';
import { localePath } from '@/lib/i18n/locale-path';

export const metadata: Metadata = { title: 'Duyệt báo cáo' };

const select = 'w-full rounded border border-stone-400 bg-white px-2 py-2 text-base';
// A target's name in the subject list: its code says which one it is, the start of the name what it is.
const optionNameMax = 48;

export default async function ApprovalsPage({ params, searchParams }: PageProps<'/[lang]/approvals'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/approvals');
  const { filters, page: requested } = parseQueueQuery(await searchParams);
  const queue = listQueue(user, filters, requested);
  const options = queueFilterOptions(user);
  const a = approvalMessages[lang];
  const t = workflowMessages[lang];
  const labels: QueueListLabels = {
    ...reviewLabels(a),
    thisUpdate: a.thisUpdate,
    statusChanged: a.statusChanged,
    previousReturn: t.previousReturn,
    sameText: a.sameText,
    select: a.select,
  };
  const count = (list: { id: number; count: number }[], id: number) => list.find((x) => x.id === id)?.count ?? 0;
  const subjectValue = filters.kind && filters.subjectId ? `${filters.kind}:${filters.subjectId}` : '';
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">{a.title}</h1>
        <DecisionBanner user={user} locale={lang} />
        <p className="text-stone-700">{a.intro}</p>
        <p className="mt-1 font-medium" data-testid="queue-total">
          {fill(a.waiting, { n: queue.total })}
        </p>
      </header>

      <form
        method="get"
        action={localePath(lang, '/approvals')}
        className="grid gap-2 rounded border border-stone-300 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5"
        aria-label={a.filters}
      >
        <label className="text-sm font-medium">
          {a.filterOrg}
          <select name="org" defaultValue={filters.organizationId ?? ''} className={select}>
            <option value="">{a.all}</option>
            {options.organizations.map((o) => (
              <option key={o.id} value={o.id}>{`${o.name} (${count(queue.counts.organizations, o.id)})`}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {a.filterKind}
          <select name="kind" defaultValue={filters.kind ?? ''} className={select}>
            <option value="">{a.all}</option>
            <option value="target">{`${t.kind_target} (${queue.counts.kinds.target})`}</option>
            <option value="task">{`${t.kind_task} (${queue.counts.kinds.task})`}</option>
          </select>
        </label>
        <label className="text-sm font-medium">
          {a.filterSubject}
          <select name="subject" defaultValue={subjectValue} className={select}>
            <option value="">{a.all}</option>
            <optgroup label={t.kind_target}>
              {options.targets.map((s) => (
                <option key={s.id} value={`target:${s.id}`}>{`${s.code} ${clipText(s.name, optionNameMax)}`}</option>
              ))}
            </optgroup>
            <optgroup label={t.kind_task}>
              {options.tasks.map((s) => (
                <option key={s.id} value={`task:${s.id}`}>
                  {s.code}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label className="text-sm font-medium">
          {a.filterPeriod}
          <select name="period" defaultValue={filters.periodId ?? ''} className={select}>
            <option value="">{a.all}</option>
            {options.periods.map((p) => (
              <option
                key={p.id}
                value={p.id}
              >{`${formatPeriod(p.code, lang)} (${count(queue.counts.periods, p.id)})`}</option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white">
            {a.apply}
          </button>
          <Link href={localePath(lang, '/approvals')} prefetch={false} className="py-2 text-blue-800 underline">
            {a.clear}
          </Link>
        </div>
      </form>

      <p>
        <Link
          href={localePath(lang, `/approvals/missing${filters.periodId ? `?period=${filters.periodId}` : ''}`)}
          prefetch={false}
          className="py-2 font-medium text-blue-800 underline"
        >
          {a.missingLink}
        </Link>
        {' · '}
        <Link
          href={localePath(lang, '/approvals/periods')}
          prefetch={false}
          className="py-2 font-medium text-blue-800 underline"
        >
          {closingMessages[lang].title}
        </Link>
        {' · '}
        <Link
          href={localePath(lang, '/approvals/judgements')}
          prefetch={false}
          className="py-2 font-medium text-blue-800 underline"
        >
          {judgementMessages[lang].link}
        </Link>
      </p>

      {/* Always mounted, so its result stays readable after the last update leaves the queue. */}
      <section aria-label={a.bulkTitle} className="rounded border border-green-800 bg-green-50 p-3">
        <BulkApproveForm
          action={bulkApproveAction}
          label={a.bulkApprove}
          hint={a.bulkHint}
          disabled={queue.items.length === 0}
          confirmLabel={decisionMessages[lang].confirmButton}
          cancelLabel={decisionMessages[lang].cancel}
        />
      </section>
      {queue.items.length === 0 ? (
        <p className="rounded border border-stone-300 bg-white p-3" data-testid="queue-empty">
          {a.empty}
        </p>
      ) : (
        <QueueList
          cards={queue.items.map((item) => queueCardView(item, lang))}
          labels={labels}
          approveAction={approveAction}
          returnAction={returnAction}
        />
      )}

      {queue.pageCount > 1 ? (
        <nav aria-label={a.pagination} className="flex flex-wrap items-center gap-4">
          {queue.page > 1 ? (
            <Link
              href={localePath(lang, queueHref(filters, queue.page - 1))}
              prefetch={false}
              className="py-2 text-blue-800 underline"
            >
              {a.prev}
            </Link>
          ) : null}
          <span>{fill(a.page, { page: queue.page, pages: queue.pageCount })}</span>
          {queue.page < queue.pageCount ? (
            <Link
              href={localePath(lang, queueHref(filters, queue.page + 1))}
              prefetch={false}
              className="py-2 text-blue-800 underline"
            >
              {a.next}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
