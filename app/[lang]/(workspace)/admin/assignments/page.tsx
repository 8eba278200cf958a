import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { listAssignmentBoard, type AssignmentSubject } from '@/db/access/assignments';
import { requirePageUser } from '@/db/access/session';
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
}: {
  lang: Locale;
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

export default async function AssignmentsPage({ params }: PageProps<'/[lang]/admin/assignments'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/admin/assignments');
  const t = assignmentMessages[lang];
  const board = listAssignmentBoard(user);
  return (
    <div className="space-y-4">
      <AdminNav t={adminMessages[lang]} current="assignments" locale={lang} />
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="text-stone-700 max-w-prose">{t.intro}</p>
      {board.targets.length + board.tasks.length === 0 ? <p>{t.noResolution}</p> : null}
      <section aria-labelledby="targets-heading" className="space-y-2">
        <h2 id="targets-heading" className="text-xl font-semibold">
          {t.targets}
        </h2>
        <SubjectTable lang={lang} subjects={board.targets} t={t} heading={t.colTarget} testId="assignment-targets" />
      </section>
      <section aria-labelledby="tasks-heading" className="space-y-2">
        <h2 id="tasks-heading" className="text-xl font-semibold">
          {t.tasks}
        </h2>
        <SubjectTable lang={lang} subjects={board.tasks} t={t} heading={t.colTask} testId="assignment-tasks" />
      </section>
    </div>
  );
}
