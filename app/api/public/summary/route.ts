import { unstable_cache } from 'next/cache';
import { getPublicSummary } from '@/db/access/public-summary';
import { publicDataTag } from '@/lib/public/cache-tags';
import { etagOf, isFresh, publicCacheControl } from '@/lib/public/http-cache';
import { toOpenData } from '@/lib/public/open-data';
import { publicText } from '@/lib/i18n/messages/public';

// The body and its ETag are built once per approval (revalidatePublicPages() drops them), not per request.
const openDataBody = unstable_cache(
  async () => {
    const summary = await getPublicSummary();
    if (!summary) return null;
    const body = JSON.stringify(toOpenData(summary));
    return { body, etag: etagOf(body) };
  },
  ['open-data-v1'],
  { tags: [publicDataTag] },
);

/** GET /api/public/summary — open data: approved figures only, in DESIGN.md's shape. */
export async function GET(request: Request) {
  const data = await openDataBody();
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
