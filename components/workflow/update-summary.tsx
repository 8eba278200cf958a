import type { UpdateView } from '@/db/access/update-view';
import { formatDateTime, formatQuantity } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { verdictText } from '@/lib/i18n/messages/verdicts';

/** A report's figures and trail, read only. */
export function UpdateSummary({ report, locale }: { report: UpdateView; locale: Locale }) {
  const t = workflowMessages[locale];
  const { subject } = report;
  return (
    <dl
      className="grid grid-cols-1 gap-x-4 gap-y-1 rounded border border-stone-300 bg-white p-3 sm:grid-cols-[auto_1fr]"
      data-testid="update-summary"
    >
      {subject.kind === 'target' ? (
        <>
          <dt className="font-medium">{t.value}</dt>
          <dd data-testid="summary-value">
            {report.value !== null ? formatQuantity(report.value, subject.unit, locale) : '—'}
            {report.value !== null && report.figureKind ? ` (${verdictText[locale].figure[report.figureKind]})` : ''}
          </dd>
          <dt className="font-medium">{t.note}</dt>
          <dd className="whitespace-pre-line">{report.note ?? '—'}</dd>
        </>
      ) : (
        <>
          <dt className="font-medium">{t.taskStatus}</dt>
          <dd>{report.taskStatus ? t[`task_${report.taskStatus}`] : '—'}</dd>
          <dt className="font-medium">{t.progress}</dt>
          <dd data-testid="summary-progress">{report.progress ?? '—'}</dd>
          <dt className="font-medium">{t.narrative}</dt>
          <dd className="whitespace-pre-line">{report.narrative ?? '—'}</dd>
        </>
      )}
      <dt className="font-medium">{t.reportedBy}</dt>
      <dd>
        {report.authorName}
        {report.submittedAt ? ` · ${formatDateTime(report.submittedAt, locale)}` : ''}
      </dd>
      {report.reviewerName && report.state === 'approved' ? (
        <>
          <dt className="font-medium">{t.approvedBy}</dt>
          <dd>
            {report.reviewerName}
            {report.reviewedAt ? ` · ${formatDateTime(report.reviewedAt, locale)}` : ''}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
