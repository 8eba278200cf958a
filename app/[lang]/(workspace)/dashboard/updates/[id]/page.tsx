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
import { readForPage } from '@/db/access/page-read';
import { localePath } from '@/lib/i18n/locale-path';
import { isLocale } from '@/lib/i18n/locale';
import { approvalMessages } from '@/lib/i18n/messages/approvals';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { formatPeriod } from '@/lib/period-label';
import { removeEvidenceAction, saveUpdateAction } from '../../update-actions';

export const metadata: Metadata = { title: 'Báo cáo' };

/** One update: its organization edits it while open; the chair reads it and may decide on it. */
export default async function UpdatePage({ params, searchParams }: PageProps<'/[lang]/dashboard/updates/[id]'>) {
  const { lang, id } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser(`/dashboard/updates/${id}`);
  const updateId = Number(id);
  if (!Number.isInteger(updateId) || updateId <= 0) notFound();
  // Another organization's update: AuthError 404 from the data layer, shown as a missing page.
  const update = await readForPage(() => getUpdateView(user, updateId));
  // Opening the update is reading what was said about it: its notifications count as read.
  markUpdateNotificationsRead(user, update.id);
  const comments = listComments(user, update.id);
  const query = await searchParams;
  const done = typeof query.done === 'string' ? query.done : null;
  const evidenceFlash = typeof query.evidence === 'string' ? query.evidence : null;
  const t = workflowMessages[lang];
  const a = approvalMessages[lang];
  const { subject } = update;
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
        <StateBadge state={update.state} t={t} />
        <span>{update.organizationName}</span>
        <RoleTag role={update.role} t={t} />
        <span className="text-stone-700">· {formatPeriod(update.periodCode, lang)}</span>
      </p>
      {update.returnReason && (update.state === 'returned' || update.state === 'draft') ? (
        <p className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950" data-testid="return-reason">
          <strong>{update.state === 'returned' ? t.returnReason : t.previousReturn}:</strong> {update.returnReason}
        </p>
      ) : null}

      {update.editable ? (
        <UpdateForm
          locale={lang}
          action={saveUpdateAction}
          t={t}
          kind={subject.kind}
          subjectId={subject.id}
          unit={subject.kind === 'target' ? subject.unit : null}
          rangeHint={subject.kind === 'target' ? rangeHint(subject, lang) : null}
          periods={periodOptions(listUpdatePeriods(user, subject.kind, subject.id, update.periodId), lang)}
          initial={{
            id: update.id,
            version: update.version,
            periodId: update.periodId,
            value: update.value === null ? '' : String(update.value).replace('.', ','),
            figureKind: update.figureKind ?? '',
            note: update.note ?? '',
            taskStatus: update.taskStatus ?? '',
            progress: update.progress === null ? '' : String(update.progress),
            narrative: update.narrative ?? '',
          }}
        />
      ) : (
        <>
          <p className="text-sm text-stone-700">{t.readOnly}</p>
          <UpdateSummary update={update} locale={lang} />
        </>
      )}

      {user.role === 'chair' && update.state === 'submitted' ? (
        <ReviewControls
          id={update.id}
          version={update.version}
          labels={reviewLabels(a)}
          approveAction={approveAction}
          returnAction={returnAction}
        />
      ) : null}

      <EvidenceSection
        updateId={update.id}
        files={update.evidence}
        editable={update.editable}
        locale={lang}
        flash={evidenceFlash}
        removeAction={removeEvidenceAction}
      />

      <Conversation updateId={update.id} comments={comments} canPost locale={lang} />
    </div>
  );
}
