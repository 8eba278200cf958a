// Where a signed-out visitor is sent: /login, carrying the page they asked for so that logging in
// leads back to it. Pure, so it is tested without a server.
import { isLocale } from '@/lib/i18n/locale';
import { safeLocalPath } from '@/lib/safe-path';

/**
 * The path and query to come back to, from the URL the server handled: without the language
 * segment the proxy adds (/vi/approvals is /approvals to the visitor) and without Next's `_rsc`
 * marker. Null for anything that is not a path of this site, or that is the login page itself.
 */
export function callbackPath(pathname: string, search: string): string | null {
  const segments = pathname.split('/');
  const path = isLocale(segments[1]) ? `/${segments.slice(2).join('/')}` : pathname;
  const query = new URLSearchParams(search);
  query.delete('_rsc');
  const rest = query.toString();
  const safe = safeLocalPath(`${path}${rest ? `?${rest}` : ''}`, '');
  if (!safe || safe === '/login' || safe.startsWith('/login?') || safe.startsWith('/api/')) return null;
  return safe;
}

/** The request header proxy.ts sets to the path and query the visitor asked for (never the client's own). */
export const requestPathHeader = 'x-request-path';

/** /login, with `callbackUrl` when there is a page to come back to (checked again by the login page). */
export function loginUrl(callback: string | null): string {
  const safe = safeLocalPath(callback, '');
  return safe ? `/login?callbackUrl=${encodeURIComponent(safe)}` : '/login';
}
