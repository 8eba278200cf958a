import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listImportWarnings } from '@/db/access/import-warnings';
import { requirePageUser } from '@/db/access/session';
import { isLocale } from '@/lib/i18n/locale';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { assignmentMessages } from '@/lib/i18n/messages/admin-assignments';
import { AdminNav } from '../admin-nav';
import { fill } from '@/lib/i18n/fill';

export const metadata: Metadata = { title: 'Cảnh báo khi nhập nghị quyết' };
// Per user and per request: never cached.
export const dynamic = 'force-dynamic';

export default async function ImportWarningsPage({ params }: PageProps<'/[lang]/admin/warnings'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/admin/warnings');
  const t = assignmentMessages[lang];
  const resolutions = listImportWarnings(user);
  const total = resolutions.reduce((n, r) => n + r.warnings.length, 0);
  return (
    <div className="space-y-4">
      <AdminNav t={adminMessages[lang]} current="warnings" locale={lang} />
      <h1 className="text-2xl font-semibold">{t.warningsTitle}</h1>
      <p className="text-stone-700 max-w-prose">{t.warningsIntro}</p>
      {total === 0 ? <p data-testid="warnings-none">{t.warningsNone}</p> : null}
      {resolutions
        .filter((r) => r.warnings.length > 0)
        .map((r) => (
          <section key={r.resolutionId} aria-labelledby={`resolution-${r.resolutionId}`} className="space-y-2">
            <h2 id={`resolution-${r.resolutionId}`} lang="vi" className="text-lg font-semibold">
              {r.title}
            </h2>
            <ul className="space-y-2">
              {r.warnings.map((w, i) => (
                <li
                  key={`${w.code}-${i}`}
                  className="rounded border border-amber-700 bg-amber-50 px-3 py-2"
                  data-testid="import-warning"
                >
                  {/* The importer writes its findings in Vietnamese, quoting the document. */}
                  <p lang="vi">⚠ {w.message}</p>
                  <p className="mt-1 text-sm text-stone-700">
                    {w.line ? fill(t.warningLine, { line: w.line }) : null}
                    {w.refs?.length ? `${w.line ? ' · ' : ''}${t.warningRefs}: ${w.refs.join(', ')}` : null}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
