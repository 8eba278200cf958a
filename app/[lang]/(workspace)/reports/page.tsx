import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { readLetterhead } from '@/db/access/reports';
import { requirePageUser } from '@/db/access/session';
import { isLocale } from '@/lib/i18n/locale';
import { reportsText } from '@/lib/i18n/messages/reports';
import { reportPeriodKeys } from '@/lib/reports/report-period';
import { localePath } from '@/lib/i18n/locale-path';

export const metadata: Metadata = { title: 'Báo cáo định kỳ' };

const input = 'mt-1 block w-full min-h-11 rounded border border-stone-500 bg-white px-2 py-2 text-base';

/** The chair picks a period and the letterhead, then views the printable report or downloads it. */
export default async function ReportsPage({ params }: PageProps<'/[lang]/reports'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  await requirePageUser('/reports');
  const t = reportsText[lang];
  const letterhead = readLetterhead();
  const periodLabel = { Q1: t.periodQ1, Q2: t.periodQ2, Q3: t.periodQ3, Q4: t.periodQ4, H1: t.periodH1, Y: t.periodY };
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t.pageTitle}</h1>
      <p>{t.intro}</p>
      <form
        method="get"
        action={localePath(lang, '/reports/print')}
        className="space-y-4 rounded-lg border border-stone-300 bg-white p-4"
        data-testid="report-form"
      >
        <label className="block font-medium">
          {t.period}
          <select name="period" defaultValue="H1" className={input} data-testid="report-period">
            {reportPeriodKeys.map((key) => (
              <option key={key} value={key}>
                {periodLabel[key]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="space-y-3">
          <legend className="font-medium">{t.letterheadLegend}</legend>
          <label className="block text-sm">
            {t.superior}
            <input name="superior" defaultValue={letterhead.superior} maxLength={80} className={input} />
          </label>
          <label className="block text-sm">
            {t.issuer}
            <input name="issuer" defaultValue={letterhead.issuer} maxLength={80} className={input} />
          </label>
          <label className="block text-sm">
            {t.place}
            <input
              name="place"
              defaultValue={letterhead.place}
              maxLength={80}
              className={input}
              aria-describedby="place-hint"
            />
            <span id="place-hint" className="mt-1 block text-stone-700">
              {t.placeHint}
            </span>
          </label>
        </fieldset>
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            data-testid="report-view"
          >
            {t.view}
          </button>
          <button
            type="submit"
            formAction="/api/reports/docx"
            className="min-h-11 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800"
            data-testid="report-download"
          >
            {t.download}
          </button>
        </div>
      </form>
      <p className="text-sm text-stone-700">{t.publicNote}</p>
    </div>
  );
}
