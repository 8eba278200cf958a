import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { approveAction, returnAction } from '@/app/[lang]/(workspace)/approvals/actions';
import { RoleTag, StateBadge } from '@/components/workflow/badges';
import { Conversation } from '@/components/workflow/conversation';
import { EvidenceSection } from '@/components/workflow/evidence-section';
import { periodOptions, rangeHint } from '@/components/workflow/period-options';
import { UpdateForm } from '@/components/workflow/update-form';
import { UpdateSummary } from '@/components/workflow/update-summary';
import { ReviewControls } from '@/components/workflow/review-controls';
import { reviewLabels } from '@/components/workflow/review-labels';
import { SubjectHeading } from '@/components/workflow/subject-heading';
import { listComments } from '@/db/access/comments';
import { markUpdateNotificationsRead } from '@/db/access/notifications';
import { listUpdatePeriods } from '@/db/access/update-periods';
import { requirePageUser } from '@/db/access/session';
import { getUpdateView } from '@/db/access/update-view';
import { localePath } from '@/lib/i18n/locale-path';
import { isLocale } from '@/lib/i18n/locale';
import { approvalMessages } from '@/lib/i18n/messages/approvals';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { formatPeriod } from '@/lib/period-label';
import { removeEvidenceAction, saveUpdateAction } from '../../update-actions';

export const metadata: Metadata = { title: 'Báo cáo' };

/** One report: its organization edits it while open; the chair reads it and may decide on it. */
export default async function UpdatePage({ params, searchParams }: PageProps<'/[lang]/dashboard/updates/[id]'>) {
  const { lang, id } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser(`/dashboard/updates/${id}`);
  const updateId = Number(id);
  const report = Number.isInteger(updateId) && updateId > 0 ? getUpdateView(user, updateId) : null;
  if (!report) notFound();
  // Opening the report is reading what was said about it: its notifications count as read.
  markUpdateNotificationsRead(user, report.id);
  const comments = listComments(user, report.id) ?? [];
  const query = await searchParams;
  const done = typeof query.done === 'string' ? query.done : null;
  const evidenceFlash = typeof query.evidence === 'string' ? query.evidence : null;
  const t = workflowMessages[lang];
  const a = approvalMessages[lang];
  const { subject } = report;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link
        href={localePath(lang, user.role === 'chair' ? '/approvals' : '/dashboard')}
        className="inline-block py-1 text-blue-800 underline"
      >
        {user.role === 'chair' ? a.backToQueue : t.backToDashboard}
      </Link>
      <h1 className="text-2xl font-semibold">{subject.kind === 'target' ? t.updateTitleTarget : t.updateTitleTask}</h1>
      {done === 'saved' || done === 'submitted' ? (
        <p
          role="status"
          data-testid="done-message"
          className="rounded border border-green-700 bg-green-50 p-3 font-medium text-green-900"
        >
          {done === 'saved' ? t.saved : t.submitted}
        </p>
      ) : null}
      <SubjectHeading subject={subject} locale={lang} />
      <p className="flex flex-wrap items-center gap-2">
        <StateBadge state={report.state} t={t} />
        <span>{report.organizationName}</span>
        <RoleTag role={report.role} t={t} />
        <span className="text-stone-700">· {formatPeriod(report.periodCode, lang)}</span>
      </p>
      {report.returnReason && (report.state === 'returned' || report.state === 'draft') ? (
        <p className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950" data-testid="return-reason">
          <strong>{report.state === 'returned' ? t.returnReason : t.previousReturn}:</strong> {report.returnReason}
        </p>
      ) : null}

      {report.editable ? (
        <UpdateForm
          locale={lang}
          action={saveUpdateAction}
          t={t}
          kind={subject.kind}
          subjectId={subject.id}
          unit={subject.kind === 'target' ? subject.unit : null}
          rangeHint={subject.kind === 'target' ? rangeHint(subject, lang) : null}
          periods={periodOptions(listUpdatePeriods(user, subject.kind, subject.id, report.periodId), lang)}
          initial={{
            id: report.id,
            version: report.version,
            periodId: report.periodId,
            value: report.value === null ? '' : String(report.value).replace('.', ','),
            figureKind: report.figureKind ?? '',
            note: report.note ?? '',
            taskStatus: report.taskStatus ?? '',
            progress: report.progress === null ? '' : String(report.progress),
            narrative: report.narrative ?? '',
          }}
        />
      ) : (
        <>
          <p className="text-sm text-stone-700">{t.readOnly}</p>
          <UpdateSummary report={report} locale={lang} />
        </>
      )}

      {user.role === 'chair' && report.state === 'submitted' ? (
        <ReviewControls
          id={report.id}
          version={report.version}
          labels={reviewLabels(a)}
          approveAction={approveAction}
          returnAction={returnAction}
        />
      ) : null}

      <EvidenceSection
        updateId={report.id}
        files={report.evidence}
        editable={report.editable}
        locale={lang}
        flash={evidenceFlash}
        removeAction={removeEvidenceAction}
      />

      <Conversation updateId={report.id} comments={comments} canPost locale={lang} />
    </div>
  );
}
