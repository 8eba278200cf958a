import { readPeriodReport } from '@/db/access/reports';
import { AuthError, getCurrentUser } from '@/db/access/session';
import { docxType, reportToDocx } from '@/lib/reports/report-docx';
import { parseReportQuery } from '@/lib/reports/report-query';
import { publicText } from '@/lib/i18n/messages/public';

/** GET /api/reports/docx?period=H1&superior=…&issuer=…&place=… — the chair's report as Word. */
export async function GET(request: Request) {
  const query = parseReportQuery(new URL(request.url).searchParams);
  if (!query.success) return Response.json({ error: 'Kỳ báo cáo không hợp lệ.' }, { status: 400 });
  const { period, ...letterhead } = query.data;
  try {
    // The data layer decides who may read which period (the chair any; everyone the year-end one).
    const report = readPeriodReport(await getCurrentUser(), period, { letterhead });
    if (!report) return Response.json({ error: publicText.vi.notFoundResolution }, { status: 404 });
    return new Response(new Uint8Array(await reportToDocx(report)), {
      headers: {
        'Content-Type': docxType,
        'Content-Disposition': `attachment; filename="${report.fileName}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AuthError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
