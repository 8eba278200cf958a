import type { UpdateView } from '@/db/access/update-view';
import { formatDateTime, formatQuantity } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { verdictText } from '@/lib/i18n/messages/verdicts';

/** An update's figures and trail, read only. */
export function UpdateSummary({ update, locale }: { update: UpdateView; locale: Locale }) {
  const t = workflowMessages[locale];
  const { subject } = update;
  return (
    <dl
      className="grid grid-cols-1 gap-x-4 gap-y-1 rounded border border-stone-300 bg-white p-3 sm:grid-cols-[auto_1fr]"
      data-testid="update-summary"
    >
      {subject.kind === 'target' ? (
        <>
          <dt className="font-medium">{t.value}</dt>
          <dd data-testid="summary-value">
            {update.value !== null ? formatQuantity(update.value, subject.unit, locale) : '—'}
            {update.value !== null && update.figureKind ? ` (${verdictText[locale].figure[update.figureKind]})` : ''}
          </dd>
          <dt className="font-medium">{t.note}</dt>
          <dd className="whitespace-pre-line">{update.note ?? '—'}</dd>
        </>
      ) : (
        <>
          <dt className="font-medium">{t.taskStatus}</dt>
          <dd>{update.taskStatus ? t[`task_${update.taskStatus}`] : '—'}</dd>
          <dt className="font-medium">{t.progress}</dt>
          <dd data-testid="summary-progress">{update.progress ?? '—'}</dd>
          <dt className="font-medium">{t.narrative}</dt>
          <dd className="whitespace-pre-line">{update.narrative ?? '—'}</dd>
        </>
      )}
      <dt className="font-medium">{t.reportedBy}</dt>
      <dd>
        {update.authorName}
        {update.submittedAt ? ` · ${formatDateTime(update.submittedAt, locale)}` : ''}
      </dd>
      {update.reviewerName && update.state === 'approved' ? (
        <>
          <dt className="font-medium">{t.approvedBy}</dt>
          <dd>
            {update.reviewerName}
            {update.reviewedAt ? ` · ${formatDateTime(update.reviewedAt, locale)}` : ''}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
