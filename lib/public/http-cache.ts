import { createHash } from 'node:crypto';

/** A strong validator for a response body. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when the client already holds this version (If-None-Match). */
export function isFresh(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Public data may be stored anywhere but must be checked with the server before each reuse
 * (cheap: a 304 when unchanged), so an approval shows at once. A caching proxy in front keeps it
 * for its own short window (deploy/nginx: one second), never longer.
 */
export const publicCacheControl = 'public, max-age=0, must-revalidate';
