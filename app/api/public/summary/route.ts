import { unstable_cache } from 'next/cache';
import { getPublicSummary, getPublicSummaryOf } from '@/db/access/public-summary';
import { publicDataTag } from '@/lib/public/cache-tags';
import { etagOf, isFresh, publicCacheControl } from '@/lib/public/http-cache';
import { toOpenData } from '@/lib/public/open-data';
import { readWardIdentity } from '@/db/access/ward-identity';
import { publicText } from '@/lib/i18n/messages/public';

// The body and its ETag are built once per approval (revalidatePublicPages() drops them), not per request.
const openDataBody = unstable_cache(
  async (year: number | null) => {
    const summary = year === null ? await getPublicSummary() : await getPublicSummaryOf(year);
    if (!summary) return null;
    const body = JSON.stringify(toOpenData(summary, readWardIdentity().name));
    return { body, etag: etagOf(body) };
  },
  ['open-data-v3'],
  { tags: [publicDataTag] },
);

/**
 * GET /api/public/summary — open data: approved figures only, in DESIGN.md's shape. `?year=2023`
 * answers that year (404 for a year not held); without it, the current resolution.
 */
export async function GET(request: Request) {
  const raw = new URL(request.url).searchParams.get('year');
  if (raw !== null && !/^\d{4}$/.test(raw)) {
    return Response.json({ error: 'Năm không hợp lệ (cần 4 chữ số, ví dụ ?year=2023).' }, { status: 400 });
  }
  const data = await openDataBody(raw === null ? null : Number(raw));
  if (!data) return Response.json({ error: publicText.vi.notFoundResolution }, { status: 404 });
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': publicCacheControl,
    ETag: data.etag,
    'Access-Control-Allow-Origin': '*',
  };
  if (isFresh(request, data.etag)) return new Response(null, { status: 304, headers });
  return new Response(data.body, { headers });
}
