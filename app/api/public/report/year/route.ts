import { unstable_cache } from 'next/cache';
import { readPeriodReport } from '@/db/access/reports';
import { publicDataTag } from '@/lib/public/cache-tags';
import { etagOf, isFresh, publicCacheControl } from '@/lib/public/http-cache';
import { docxType, reportToDocx } from '@/lib/reports/report-docx';
import { publicText } from '@/lib/i18n/messages/public';

// Built once per approval (revalidatePublicPages() drops it); base64 because the cache holds JSON.
const buildYearReport = unstable_cache(
  async (year: number | null) => {
    const report = readPeriodReport(null, 'Y', year === null ? {} : { year });
    if (!report) return null;
    // The automatic public summary: no document number, no signature (the chair's copy has them).
    const bytes = await reportToDocx(report, 'public-summary');
    return { base64: bytes.toString('base64'), etag: etagOf(bytes), fileName: report.fileName };
  },
  ['public-year-report-v3'],
  { tags: [publicDataTag] },
);

/** GET /api/public/report/year — the year-end report, public (linked from /). */
export async function GET(request: Request) {
  const raw = new URL(request.url).searchParams.get('year');
  if (raw !== null && !/^\d{4}$/.test(raw)) return Response.json({ error: 'Năm không hợp lệ.' }, { status: 400 });
  const built = await buildYearReport(raw === null ? null : Number(raw));
  if (!built) return Response.json({ error: publicText.vi.yearReportNotYet }, { status: 404 });
  const etag = built.etag;
  const headers = {
    'Content-Type': docxType,
    'Content-Disposition': `attachment; filename="${built.fileName}"`,
    'Cache-Control': publicCacheControl,
    ETag: etag,
  };
  if (isFresh(request, etag)) return new Response(null, { status: 304, headers });
  const body = Buffer.from(built.base64, 'base64');
  return new Response(new Uint8Array(body), { headers });
}
