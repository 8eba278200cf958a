import { config } from '../config';

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The client's address for throttling. X-Forwarded-For is honoured only when TRUST_PROXY is set
 * (one reverse proxy in front); then its LAST entry is the one the proxy itself added — the
 * entries before it are whatever the client sent, and a client could rotate them to dodge limits.
 */
export function clientIp(headers: HeaderBag): string {
  if (config().TRUST_PROXY) {
    const forwarded = header(headers, 'x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  // Next itself fills X-Forwarded-For only when the client did not, so without a trusted proxy the
  // header proves nothing: all clients share one bucket (a slow-down, never a refusal).
  return 'direct';
}
