import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/reports/print-button';
import { ReportDocument } from '@/components/reports/report-document';
import { readPeriodReport } from '@/db/access/reports';
import { requirePageUser } from '@/db/access/session';
import { isLocale } from '@/lib/i18n/locale';
import { reportsText } from '@/lib/i18n/messages/reports';
import { parseReportQuery, reportQueryString } from '@/lib/reports/report-query';
import { localePath } from '@/lib/i18n/locale-path';

export const metadata: Metadata = { title: 'Báo cáo' };

/** The report for the chosen period, laid out for printing, with the same report as DOCX beside it. */
export default async function ReportPrintPage({ params, searchParams }: PageProps<'/[lang]/reports/print'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/reports');
  const t = reportsText[lang];
  const query = parseReportQuery(await searchParams);
  if (!query.success) {
    return (
      <p role="status" data-testid="report-invalid">
        {t.invalid}{' '}
        <Link href={localePath(lang, '/reports')} className="text-blue-900 underline">
          {t.back}
        </Link>
      </p>
    );
  }
  const { period, ...letterhead } = query.data;
  const report = readPeriodReport(user, period, { letterhead });
  if (!report) return <p>{t.noResolution}</p>;
  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center gap-3">
        <PrintButton label={t.print} />
        <a
          href={`/api/reports/docx?${reportQueryString(query.data)}`}
          className="min-h-11 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800"
          data-testid="report-docx-link"
        >
          {t.download}
        </a>
        <Link href={localePath(lang, '/reports')} className="text-blue-900 underline">
          {t.back}
        </Link>
      </div>
      <ReportDocument report={report} />
    </div>
  );
}
