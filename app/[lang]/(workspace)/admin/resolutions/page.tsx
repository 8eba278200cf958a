import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DraftForm } from '@/components/years/draft-form';
import { ImportForm } from '@/components/years/import-form';
import { listDrafts, listResolutions } from '@/db/access/resolution-drafts';
import { requirePageUser } from '@/db/access/session';
import { formatDate } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import { isLocale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { yearsMessages } from '@/lib/i18n/messages/admin-years';
import { maxResolutionBytes } from '@/lib/resolution';
import { AdminNav } from '../admin-nav';
import { importResolutionAction, undoPublishAction } from './actions';

export const metadata: Metadata = { title: 'Nghị quyết các năm' };
// Per user and per request: never cached.
export const dynamic = 'force-dynamic';

export default async function ResolutionsPage({ params }: PageProps<'/[lang]/admin/resolutions'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/admin/resolutions');
  const t = yearsMessages[lang];
  const resolutions = listResolutions(user);
  const drafts = listDrafts(user).filter((d) => d.state === 'draft');
  return (
    <div className="space-y-6">
      <AdminNav t={adminMessages[lang]} current="resolutions" locale={lang} />
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="max-w-prose text-stone-700">{t.intro}</p>

      <section aria-labelledby="years-heading" className="space-y-2">
        <h2 id="years-heading" className="text-lg font-semibold">
          {t.resolutionsHeading}
        </h2>
        <ul className="space-y-2" data-testid="resolution-years">
          {resolutions.map((r) => (
            <li key={r.id} className="rounded border border-stone-300 bg-white p-3" data-testid={`year-${r.year}`}>
              <p lang="vi" className="font-medium">
                {r.title}
              </p>
              <p className="text-sm text-stone-700">
                {r.state === 'current' ? t.stateCurrent : t.stateArchived}
                {r.publishedAt
                  ? ` · ${fill(t.publishedAt, { date: formatDate(r.publishedAt.toISOString(), lang) })}`
                  : ''}
              </p>
              {r.undoable ? (
                <div className="mt-2">
                  <p className="text-sm text-stone-700">{t.undoHint}</p>
                  <DraftForm
                    action={undoPublishAction}
                    hidden={{ resolutionId: r.id }}
                    submit={t.undo}
                    pending={t.undoing}
                    variant="danger"
                    idPrefix={`undo-${r.id}`}
                    testId="undo-form"
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="drafts-heading" className="space-y-2">
        <h2 id="drafts-heading" className="text-lg font-semibold">
          {t.draftsHeading}
        </h2>
        {drafts.length === 0 ? <p>{t.noDrafts}</p> : null}
        <ul className="space-y-1">
          {drafts.map((d) => (
            <li key={d.id}>
              <Link href={localePath(lang, `/admin/resolutions/drafts/${d.id}`)} className="text-blue-900 underline">
                {fill(t.openDraft, { year: d.year })}
              </Link>{' '}
              <span className="text-sm text-stone-700">
                {d.fileName ? `${d.fileName} · ` : ''}
                {d.blockers ? fill(t.draftLeft, { n: d.blockers }) : t.draftReady}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="import-heading" className="space-y-2">
        <h2 id="import-heading" className="text-lg font-semibold">
          {t.importHeading}
        </h2>
        <ImportForm action={importResolutionAction} t={t} maxBytes={maxResolutionBytes} />
      </section>
    </div>
  );
}
