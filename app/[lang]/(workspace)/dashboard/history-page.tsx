import { notFound } from 'next/navigation';
import { HistoryView } from '@/components/workflow/history-view';
import { getSubjectHistory } from '@/db/access/history';
import { readForPage } from '@/db/access/page-read';
import { requirePageUser } from '@/db/access/session';
import type { SubjectKind } from '@/db/access/subjects';
import { listOwnOpenUpdates } from '@/db/access/update-view';
import { isLocale } from '@/lib/i18n/locale';

type Props = { params: Promise<{ lang: string; id: string }> };

export async function SubjectHistoryPage({ kind, params }: Props & { kind: SubjectKind }) {
  const { lang, id } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser(`/dashboard/${kind}s/${id}`);
  const subjectId = Number(id);
  if (!Number.isInteger(subjectId) || subjectId <= 0) notFound();
  const history = await readForPage(() => getSubjectHistory(user, kind, subjectId));
  if (!history) notFound();
  const open = history.ownRole ? listOwnOpenUpdates(user, kind, subjectId) : [];
  return <HistoryView history={history} open={open} locale={lang} />;
}
