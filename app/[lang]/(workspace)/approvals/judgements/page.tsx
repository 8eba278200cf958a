import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JudgementForm } from '@/components/workflow/judgement-form';
import { listQualitativeTargets } from '@/db/access/assignment-rhythm';
import { requirePageUser } from '@/db/access/session';
import { judgementVerdicts } from '@/lib/domain';
import { isLocale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { approvalMessages } from '@/lib/i18n/messages/approvals';
import { judgementMessages } from '@/lib/i18n/messages/judgements';
import { verdictText } from '@/lib/i18n/messages/verdicts';
import { judgeTargetAction } from './actions';

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
      <Link href={localePath(lang, '/approvals')} className="inline-block py-1 text-blue-800 underline">
        {approvalMessages[lang].backToQueue}
      </Link>
      <header>
        <h1 className="text-2xl font-semibold">{t.title}</h1>
        <p className="max-w-prose text-stone-700">{t.intro}</p>
      </header>
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
