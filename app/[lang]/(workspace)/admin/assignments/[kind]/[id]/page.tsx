import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getRhythm } from '@/db/access/assignment-rhythm';
import { getAssignmentSubject } from '@/db/access/assignments';
import { currentResolution } from '@/db/access/periods';
import { formatDate } from '@/lib/format';
import { rhythmMessages } from '@/lib/i18n/messages/rhythm-admin';
import { saveItemRhythmAction } from '../../rhythm-actions';
import { ItemRhythmForm } from '../../rhythm-forms';
import { requirePageUser } from '@/db/access/session';
import { listOrganizationOptions } from '@/db/access/users';
import { isLocale } from '@/lib/i18n/locale';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { assignmentMessages } from '@/lib/i18n/messages/admin-assignments';
import { formMessages } from '@/lib/i18n/messages/forms';
import { AdminNav } from '../../../admin-nav';
import { AssignmentForm } from './assignment-form';
import { fill } from '@/lib/i18n/fill';
import { localePath } from '@/lib/i18n/locale-path';

export const metadata: Metadata = { title: 'Sửa phân công' };
// Per user and per request: never cached.
export const dynamic = 'force-dynamic';

export default async function EditAssignmentPage({ params }: PageProps<'/[lang]/admin/assignments/[kind]/[id]'>) {
  const { lang, kind, id } = await params;
  if (!isLocale(lang) || (kind !== 'target' && kind !== 'task') || !/^\d{1,9}$/.test(id)) notFound();
  const user = await requirePageUser(`/admin/assignments/${kind}/${id}`);
  const subject = getAssignmentSubject(user, kind, Number(id));
  if (!subject) notFound();
  const t = assignmentMessages[lang];
  const rhythm = getRhythm(user, subject.kind, subject.id);
  const year = currentResolution()?.year ?? null;
  return (
    <div className="space-y-4">
      <AdminNav t={adminMessages[lang]} current="assignments" locale={lang} />
      <p>
        <Link href={localePath(lang, '/admin/assignments')} className="text-blue-800 underline">
          {t.back}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{fill(t.editTitle, { code: subject.code })}</h1>
      {/* The resolution's own words, as written. */}
      <blockquote
        lang="vi"
        className="max-w-prose border-l-4 border-brand-600 bg-white px-3 py-2 whitespace-pre-line"
        data-testid="assignment-subject"
      >
        {subject.text}
      </blockquote>
      <AssignmentForm
        t={t}
        kind={subject.kind}
        id={subject.id}
        organizations={listOrganizationOptions(user)}
        assigned={subject.organizations}
        saving={formMessages[lang].saving}
      />
      {rhythm ? (
        <ItemRhythmForm
          action={saveItemRhythmAction}
          t={rhythmMessages[lang]}
          kind={subject.kind}
          id={subject.id}
          cadence={rhythm.cadence}
          defaultCadence={rhythm.defaultCadence}
          yearEndOnly={rhythm.yearEndOnly}
          deadline={rhythm.deadline}
          yearEnd={year ? formatDate(`${year}-12-31`, lang) : null}
        />
      ) : null}
    </div>
  );
}
