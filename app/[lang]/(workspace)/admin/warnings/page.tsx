import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Icon } from '@/components/ui/icon';
import { DraftForm } from '@/components/years/draft-form';
import { listImportWarnings } from '@/db/access/import-warnings';
import { requirePageUser } from '@/db/access/session';
import type { ImportWarning } from '@/db/schema';
import { formatDate } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import { isLocale, type Locale } from '@/lib/i18n/locale';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { assignmentMessages, type AssignmentMessages } from '@/lib/i18n/messages/admin-assignments';
import { AdminNav } from '../admin-nav';
import { markHandledAction } from './actions';

export const metadata: Metadata = { title: 'Cảnh báo khi nhập nghị quyết' };
// Per user and per request: never cached.
export const dynamic = 'force-dynamic';

function WarningText({ w, t }: { w: ImportWarning; t: AssignmentMessages }) {
  return (
    <>
      {/* The importer writes its findings in Vietnamese, quoting the document. */}
      <p lang="vi">
        <Icon name={w.handledAt ? 'check' : 'warning'} /> {w.message}
      </p>
      <p className="mt-1 text-sm text-stone-700">
        {w.line ? fill(t.warningLine, { line: w.line }) : null}
        {w.refs?.length ? `${w.line ? ' · ' : ''}${t.warningRefs}: ${w.refs.join(', ')}` : null}
      </p>
    </>
  );
}

export default async function ImportWarningsPage({ params }: PageProps<'/[lang]/admin/warnings'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/admin/warnings');
  const t = assignmentMessages[lang];
  const resolutions = listImportWarnings(user);
  const total = resolutions.reduce((n, r) => n + r.warnings.length, 0);
  const open = resolutions.reduce((n, r) => n + r.warnings.filter((w) => !w.handledAt).length, 0);
  return (
    <div className="space-y-4">
      <AdminNav t={adminMessages[lang]} current="warnings" locale={lang} />
      <h1 className="text-2xl font-semibold">{t.warningsTitle}</h1>
      <p className="text-stone-700 max-w-prose">{t.warningsIntro}</p>
      {total === 0 ? <p data-testid="warnings-none">{t.warningsNone}</p> : null}
      {total > 0 && open === 0 ? <p data-testid="warnings-all-handled">{t.warningsAllHandled}</p> : null}
      {resolutions
        .filter((r) => r.warnings.length > 0)
        .map((r) => (
          <ResolutionWarningList key={r.resolutionId} r={r} t={t} locale={lang} />
        ))}
    </div>
  );
}

function ResolutionWarningList(props: {
  r: { resolutionId: number; title: string; warnings: ImportWarning[] };
  t: AssignmentMessages;
  locale: Locale;
}) {
  const { r, t, locale } = props;
  // The index in the stored list names a warning (with its code); the open ones come first.
  const indexed = r.warnings.map((w, index) => ({ w, index }));
  const open = indexed.filter((x) => !x.w.handledAt);
  const handled = indexed.filter((x) => x.w.handledAt);
  return (
    <section aria-labelledby={`resolution-${r.resolutionId}`} className="space-y-2">
      <h2 id={`resolution-${r.resolutionId}`} lang="vi" className="text-lg font-semibold">
        {r.title}
      </h2>
      {open.length ? (
        <ul className="space-y-2">
          {open.map(({ w, index }) => (
            <li
              key={`${w.code}-${index}`}
              className="rounded border border-amber-700 bg-amber-50 px-3 py-2"
              data-testid="import-warning"
            >
              <WarningText w={w} t={t} />
              <DraftForm
                action={markHandledAction}
                hidden={{ resolutionId: r.resolutionId, index, code: w.code }}
                idPrefix={`handled-${r.resolutionId}-${index}`}
                testId="warning-handled-form"
                submit={t.warningHandle}
                pending={t.warningHandling}
                variant="secondary"
                inline
              />
            </li>
          ))}
        </ul>
      ) : null}
      {handled.length ? (
        <details className="ws-fold" data-testid="handled-warnings">
          <summary>{fill(t.warningsHandledTitle, { n: handled.length })}</summary>
          <ul className="mt-2 space-y-2">
            {handled.map(({ w, index }) => (
              <li
                key={`${w.code}-${index}`}
                className="rounded border border-stone-300 bg-stone-50 px-3 py-2"
                data-testid="handled-warning"
              >
                <WarningText w={w} t={t} />
                <p className="text-sm text-stone-700">
                  {w.handledBy
                    ? fill(t.warningHandledOn, { date: formatDate(w.handledAt!, locale), by: w.handledBy })
                    : fill(t.warningHandledAt, { date: formatDate(w.handledAt!, locale) })}
                </p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
