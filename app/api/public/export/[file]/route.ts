import { unstable_cache } from 'next/cache';
import { getPublicSummary, getPublicSummaryOf } from '@/db/access/public-summary';
import { publicDataTag } from '@/lib/public/cache-tags';
import { targetsTable, tasksTable, toCsv } from '@/lib/public/export-tables';
import { toXlsx } from '@/lib/public/export-xlsx';
import { etagOf, isFresh, publicCacheControl } from '@/lib/public/http-cache';
import { publicText } from '@/lib/i18n/messages/public';

const files = {
  'targets.csv': { table: targetsTable, format: 'csv', name: 'chi-tieu' },
  'targets.xlsx': { table: targetsTable, format: 'xlsx', name: 'chi-tieu' },
  'tasks.csv': { table: tasksTable, format: 'csv', name: 'nhiem-vu' },
  'tasks.xlsx': { table: tasksTable, format: 'xlsx', name: 'nhiem-vu' },
} as const;
type FileName = keyof typeof files;

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

// Built once per approval and kept (base64, the cache holds JSON) until revalidatePublicPages().
const buildFile = unstable_cache(
  async (file: FileName, year: number | null) => {
    const summary = year === null ? await getPublicSummary() : await getPublicSummaryOf(year);
    if (!summary) return null;
    const spec = files[file];
    const table = spec.table(summary);
    const bytes = spec.format === 'csv' ? Buffer.from(toCsv(table), 'utf8') : await toXlsx(table);
    return { base64: bytes.toString('base64'), etag: etagOf(bytes), year: summary.resolution.year };
  },
  ['public-export-v2'],
  { tags: [publicDataTag] },
);

/** GET /api/public/export/targets.csv | targets.xlsx | tasks.csv | tasks.xlsx, `?year=2023` for that year. */
export async function GET(request: Request, { params }: RouteContext<'/api/public/export/[file]'>) {
  const { file } = await params;
  if (!Object.hasOwn(files, file)) return Response.json({ error: 'Không có tệp này.' }, { status: 404 });
  const raw = new URL(request.url).searchParams.get('year');
  if (raw !== null && !/^\d{4}$/.test(raw)) return Response.json({ error: 'Năm không hợp lệ.' }, { status: 400 });
  const built = await buildFile(file as FileName, raw === null ? null : Number(raw));
  if (!built) return Response.json({ error: publicText.vi.notFoundResolution }, { status: 404 });
  const spec = files[file as FileName];
  const etag = built.etag;
  const headers = {
    'Content-Type': contentTypes[spec.format],
    'Content-Disposition': `attachment; filename="${spec.name}-${built.year}.${spec.format}"`,
    'Cache-Control': publicCacheControl,
    ETag: etag,
  };
  if (isFresh(request, etag)) return new Response(null, { status: 304, headers });
  const body = Buffer.from(built.base64, 'base64');
  return new Response(body, { headers });
}
