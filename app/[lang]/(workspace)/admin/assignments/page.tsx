import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { listRhythmBoard, type RhythmBoard } from '@/db/access/assignment-rhythm';
import { listAssignmentBoard, type AssignmentSubject } from '@/db/access/assignments';
import { rhythmMessages, type RhythmMessages } from '@/lib/i18n/messages/rhythm-admin';
import { bulkCadenceAction, saveDefaultCadenceAction } from './rhythm-actions';
import { BulkCadenceForm, DefaultCadenceForm } from './rhythm-forms';
import { requirePageUser } from '@/db/access/session';
import type { Cadence, SubjectKind } from '@/lib/domain';
import { formatDate } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import { isLocale, type Locale } from '@/lib/i18n/locale';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { assignmentMessages, type AssignmentMessages } from '@/lib/i18n/messages/admin-assignments';
import { AdminNav } from '../admin-nav';
import { OrganizationList } from './organization-list';
import { localePath } from '@/lib/i18n/locale-path';

export const metadata: Metadata = { title: 'Phân công' };
// Per user and per request: never cached.
export const dynamic = 'force-dynamic';

function SubjectTable({
  subjects,
  t,
  heading,
  testId,
  lang,
  rhythm,
  r,
}: {
  lang: Locale;
  rhythm: RhythmBoard;
  r: RhythmMessages;
  subjects: AssignmentSubject[];
  t: AssignmentMessages;
  heading: string;
  testId: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <thead>
          <tr className="border-b border-stone-400 text-left">
            <th scope="col" className="py-2 pr-3">
              {t.colCode}
            </th>
            <th scope="col" className="py-2 pr-3">
              {heading}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t.colLead}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t.colCoordinate}
            </th>
            <th scope="col" className="py-2 pr-3">
              {r.colCadence}
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">{t.edit}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {subjects.map((s) => (
            <tr key={s.id} className="border-b border-stone-200 align-top" data-testid={`assignment-${s.code}`}>
              <td className="py-2 pr-3 font-mono whitespace-nowrap">{s.code}</td>
              <td className="py-2 pr-3 max-w-prose">
                <p className="line-clamp-3">{s.text}</p>
              </td>
              <td className="py-2 pr-3">
                <OrganizationList organizations={s.organizations} role="lead" none={t.none} />
              </td>
              <td className="py-2 pr-3">
                <OrganizationList organizations={s.organizations} role="coordinate" none="—" />
              </td>
              <td className="py-2 pr-3" data-testid="cadence-cell">
                <CadenceCell item={rhythm.items.get(`${s.kind}-${s.id}`)} kind={s.kind} rhythm={rhythm} r={r} />
              </td>
              <td className="py-2">
                <Link
                  href={localePath(lang, `/admin/assignments/${s.kind}/${s.id}`)}
                  prefetch={false}
                  className="inline-block py-1 text-blue-800 underline whitespace-nowrap"
                  aria-label={`${t.edit} ${s.code}`}
                >
                  {t.edit}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CadenceCell({
  item,
  kind,
  rhythm,
  r,
}: {
  item: { cadence: Cadence | null; yearEndOnly: boolean; deadline: string | null } | undefined;
  kind: SubjectKind;
  rhythm: RhythmBoard;
  r: RhythmMessages;
}) {
  const own = item?.cadence ?? null;
  return (
    <>
      <span className={own ? 'font-medium' : 'text-stone-700'}>
        {own ? r[`cadence_${own}`] : fill(r.cadenceDefault, { cadence: r[`cadence_${rhythm.defaults[kind]}`] })}
      </span>
      {item?.yearEndOnly ? <span className="block text-stone-700">{r.yearEndOnlyTag}</span> : null}
      {item?.deadline ? (
        <span className="block text-stone-700">{`${r.deadline}: ${formatDate(item.deadline)}`}</span>
      ) : null}
    </>
  );
}

export default async function AssignmentsPage({ params }: PageProps<'/[lang]/admin/assignments'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/admin/assignments');
  const t = assignmentMessages[lang];
  const board = listAssignmentBoard(user);
  const rhythm = listRhythmBoard(user);
  const r = rhythmMessages[lang];
  return (
    <div className="space-y-4">
      <AdminNav t={adminMessages[lang]} current="assignments" locale={lang} />
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="text-stone-700 max-w-prose">{t.intro}</p>
      {board.targets.length + board.tasks.length === 0 ? <p>{t.noResolution}</p> : null}
      <section aria-labelledby="rhythm-heading" className="space-y-3 rounded border border-stone-300 bg-white p-3">
        <h2 id="rhythm-heading" className="text-xl font-semibold">
          {r.sectionTitle}
        </h2>
        <p className="text-sm text-stone-700 max-w-prose">{r.sectionIntro}</p>
        <DefaultCadenceForm
          action={saveDefaultCadenceAction}
          t={r}
          target={rhythm.defaults.target}
          task={rhythm.defaults.task}
        />
        <BulkCadenceForm action={bulkCadenceAction} t={r} />
      </section>
      <section aria-labelledby="targets-heading" className="space-y-2">
        <h2 id="targets-heading" className="text-xl font-semibold">
          {t.targets}
        </h2>
        <SubjectTable
          lang={lang}
          subjects={board.targets}
          t={t}
          heading={t.colTarget}
          testId="assignment-targets"
          rhythm={rhythm}
          r={r}
        />
      </section>
      <section aria-labelledby="tasks-heading" className="space-y-2">
        <h2 id="tasks-heading" className="text-xl font-semibold">
          {t.tasks}
        </h2>
        <SubjectTable
          lang={lang}
          subjects={board.tasks}
          t={t}
          heading={t.colTask}
          testId="assignment-tasks"
          rhythm={rhythm}
          r={r}
        />
      </section>
    </div>
  );
}
