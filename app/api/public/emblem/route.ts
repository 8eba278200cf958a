import { readEmblem } from '@/db/access/ward-identity';

// The ward's emblem, set by the office (PNG, JPEG or WebP checked by its bytes on upload). Pages
// link it with ?v=<content hash>, so a versioned URL never changes and may be kept for a year.
export function GET(request: Request) {
  const emblem = readEmblem();
  if (!emblem)
    return new Response('Không có biểu trưng.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const versioned = new URL(request.url).searchParams.has('v');
  return new Response(new Uint8Array(emblem.bytes), {
    headers: {
      'content-type': emblem.type,
      'content-length': String(emblem.bytes.byteLength),
      'cache-control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
}
