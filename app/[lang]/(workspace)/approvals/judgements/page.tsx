import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WorkspacePageHeader } from '@/components/workspace/page-header';
import { JudgementForm } from '@/components/workflow/judgement-form';
import { listQualitativeTargets } from '@/db/access/assignment-rhythm';
import { requirePageUser } from '@/db/access/session';
import { judgementVerdicts } from '@/lib/domain';
import { isLocale } from '@/lib/i18n/locale';
import { judgementMessages } from '@/lib/i18n/messages/judgements';
import { verdictText } from '@/lib/i18n/messages/verdicts';
import { judgeTargetAction } from './actions';
import { backToQueue } from '../back-to-queue';

export const metadata: Metadata = { title: 'Đánh giá chỉ tiêu định tính' };

/** The chair judges, at year end, each target of the current resolution that no figure measures. */
export default async function JudgementsPage({ params }: PageProps<'/[lang]/approvals/judgements'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/approvals/judgements');
  const rows = listQualitativeTargets(user);
  const t = judgementMessages[lang];
  const verdicts = judgementVerdicts.map((value) => ({ value, label: verdictText[lang].target[value] }));
  return (
    <div className="space-y-4">
      <WorkspacePageHeader locale={lang} back={backToQueue(lang)} title={t.title} intro={t.intro} proseIntro />
      {rows.length === 0 ? <p data-testid="judgements-none">{t.none}</p> : null}
      <ul className="space-y-3">
        {rows.map((r) => (
          <li key={r.id} className="space-y-2 rounded border border-stone-300 bg-white p-3">
            <h2 className="font-semibold">
              <span className="font-mono">{r.code}</span> <span lang="vi">{r.name}</span>
            </h2>
            <JudgementForm
              action={judgeTargetAction}
              targetId={r.id}
              code={r.code}
              judgement={r.judgement}
              note={r.judgementNote}
              verdicts={verdicts}
              t={t}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
