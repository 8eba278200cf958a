// Where a signed-out visitor is sent: the login page in the language of the page they asked for,
// carrying that page so that logging in leads back to it. Pure, so it is tested without a server.
import { defaultLocale } from '@/lib/i18n/locale';
import { localeOfPath, localePath, pathWithoutLocale } from '@/lib/i18n/locale-path';
import { safeLocalPath } from '@/lib/safe-path';

/**
 * The path and query to come back to, from the URL the visitor asked for (English keeps its /en;
 * Next's internal /vi/… is the Vietnamese page at the bare path), without Next's `_rsc` marker.
 * Null for anything that is not a path of this site, or that is the login page itself.
 */
export function callbackPath(pathname: string, search: string): string | null {
  const segments = pathname.split('/');
  const path = segments[1] === defaultLocale ? `/${segments.slice(2).join('/')}` : pathname;
  const query = new URLSearchParams(search);
  query.delete('_rsc');
  const rest = query.toString();
  const safe = safeLocalPath(`${path}${rest ? `?${rest}` : ''}`, '');
  if (!safe) return null;
  const page = pathWithoutLocale(safe);
  if (page === '/login' || page.startsWith('/login?') || page.startsWith('/api/')) return null;
  return safe;
}

/** The request header proxy.ts sets to the path and query the visitor asked for (never the client's own). */
export const requestPathHeader = 'x-request-path';

/**
 * The login page, in the language of the page to come back to, with `callbackUrl` when there is
 * one (checked again by the login page).
 */
export function loginUrl(callback: string | null): string {
  const safe = safeLocalPath(callback, '');
  if (!safe) return '/login';
  return `${localePath(localeOfPath(safe), '/login')}?callbackUrl=${encodeURIComponent(safe)}`;
}
