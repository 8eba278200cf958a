import { authedRoute } from '@/db/access/authed-route';
import { readPeriodReport } from '@/db/access/reports';
import { roles } from '@/lib/domain';
import { docxType, reportToDocx } from '@/lib/reports/report-docx';
import { parseReportQuery } from '@/lib/reports/report-query';
import { publicText } from '@/lib/i18n/messages/public';

/**
 * GET /api/reports/docx?period=H1&superior=…&issuer=…&place=… — the chair's report as Word.
 * Signed in; the data layer decides who may read which period (the chair any, others the
 * year-end one, which the public downloads from /api/public/report/year).
 */
export const GET = authedRoute(roles, async (request, user) => {
  const query = parseReportQuery(new URL(request.url).searchParams);
  if (!query.success) return Response.json({ error: 'Kỳ báo cáo không hợp lệ.' }, { status: 400 });
  const { period, ...letterhead } = query.data;
  const report = readPeriodReport(user, period, { letterhead });
  if (!report) return Response.json({ error: publicText.vi.notFoundResolution }, { status: 404 });
  return new Response(new Uint8Array(await reportToDocx(report)), {
    headers: {
      'Content-Type': docxType,
      'Content-Disposition': `attachment; filename="${report.fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
