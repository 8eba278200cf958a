import Link from 'next/link';
import { notFound } from 'next/navigation';
import { UpdateForm } from '@/components/workflow/update-form';
import { periodOptions, rangeHint } from '@/components/workflow/period-options';
import { SubjectHeading } from '@/components/workflow/subject-heading';
import { RoleTag } from '@/components/workflow/badges';
import { listUpdatePeriods } from '@/db/access/update-periods';
import { readForPage } from '@/db/access/page-read';
import { requirePageUser } from '@/db/access/session';
import { getAssignedSubject, type SubjectKind } from '@/db/access/subjects';
import { isLocale } from '@/lib/i18n/locale';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { saveUpdateAction } from './update-actions';
import { localePath } from '@/lib/i18n/locale-path';

type Props = {
  params: Promise<{ lang: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A new update on a target or task of the officer's organization (another's looks missing). */
export async function NewUpdatePage({ kind, params, searchParams }: Props & { kind: SubjectKind }) {
  const { lang, id } = await params;
  if (!isLocale(lang)) notFound();
  const subjectId = Number(id);
  const user = await requirePageUser(`/dashboard/${kind}s/${id}/update`);
  if (!Number.isInteger(subjectId) || subjectId <= 0) notFound();
  const assigned = await readForPage(() => getAssignedSubject(user, kind, subjectId));
  const t = workflowMessages[lang];
  // The periods its cadence asks for first; none the chair has closed (unless reopened for it).
  const periods = listUpdatePeriods(user, kind, subjectId);
  const query = await searchParams;
  const wanted = Number(typeof query.period === 'string' ? query.period : NaN);
  const periodId = periods.some((p) => p.id === wanted) ? wanted : null;
  const subject = assigned.subject;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href={localePath(lang, '/dashboard')} className="inline-block py-1 text-blue-800 underline">
        {t.backToDashboard}
      </Link>
      <h1 className="text-2xl font-semibold">{kind === 'target' ? t.updateTitleTarget : t.updateTitleTask}</h1>
      <SubjectHeading subject={subject} locale={lang} />
      <p className="text-sm text-stone-700">
        {t.yourPart}: <RoleTag role={assigned.role} t={t} /> {t.officialNote}
      </p>
      <UpdateForm
        locale={lang}
        action={saveUpdateAction}
        t={t}
        kind={kind}
        subjectId={subject.id}
        unit={subject.kind === 'target' ? subject.unit : null}
        rangeHint={subject.kind === 'target' ? rangeHint(subject, lang) : null}
        periods={periodOptions(periods, lang)}
        initial={{
          id: null,
          version: null,
          periodId,
          value: '',
          figureKind: '',
          note: '',
          taskStatus: '',
          progress: '',
          narrative: '',
        }}
      />
      <p className="text-sm text-stone-700">{t.saveFirst}</p>
    </div>
  );
}
