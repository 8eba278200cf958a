import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale } from './lib/i18n/locale';
import { localeOfPath, localePath, pathWithoutLocale } from './lib/i18n/locale-path';
import {
  filterKey,
  filterQuery,
  filtersFromSearch,
  hasFilters,
  hasUnknownFilterValue,
  parseFilterKey,
} from './lib/public/filters';
import { requestPathHeader } from './lib/auth/login-url';
import { isWorkspacePath } from './lib/auth/route-access';
import { config as appConfig } from './lib/config';

const sessionCookies = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/**
 * The language is in the URL: Vietnamese at the path (/dashboard), English under /en
 * (/en/dashboard). Pages live under app/[lang]/, so a Vietnamese URL is served from /vi/… by a
 * rewrite that depends on the URL alone — never on a cookie — and a cache may keep every page by
 * its URL. The session check here only saves a round trip: every page, action and route handler
 * checks the session again in the data layer.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const segments = pathname.split('/');
  // /vi/… is how Next names the Vietnamese pages inside; the public URL has no prefix. So is
  // /filter/… for the summary's filters, whose public URL is the GET form's query.
  if (segments[1] === defaultLocale) return redirectTo(request, `${pathname.slice(3) || '/'}${search}`);
  const locale = localeOfPath(pathname);
  const path = pathWithoutLocale(pathname);
  const [, first, key] = path.split('/');
  if (first === 'filter') {
    const filters = key ? parseFilterKey(key) : null;
    return redirectTo(request, localePath(locale, `/${filters ? filterQuery(filters) : ''}`));
  }

  if (isWorkspacePath(path) && !sessionCookies.some((name) => request.cookies.has(name))) {
    const login = new URL(localePath(locale, '/login'), request.url);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  // For a page that finds the session invalid: /login?callbackUrl= leads back here.
  const forwarded = new Headers(request.headers);
  forwarded.set(requestPathHeader, `${pathname}${search}`);
  // Next's server-action CSRF check compares Origin with X-Forwarded-Host when there is one: a
  // client could send its own. Without a proxy that sets it (TRUST_PROXY), it is dropped here and
  // Next compares with Host (next.config.js allows NEXTAUTH_URL's host besides).
  if (!appConfig().TRUST_PROXY) forwarded.delete('x-forwarded-host');

  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${path === '/' ? '' : path}`;
  // The summary's filters travel as a GET form's query; served from a path so the view is cached.
  if (path === '/') {
    const filters = filtersFromSearch(request.nextUrl.searchParams);
    // A value the form never offers (a made-up org=) goes to the canonical page, once.
    if (hasUnknownFilterValue(request.nextUrl.searchParams, filters)) {
      return redirectTo(request, localePath(locale, `/${filterQuery(filters)}`));
    }
    if (hasFilters(filters)) url.pathname = `/${locale}/filter/${filterKey(filters)}`;
  }
  if (url.pathname === pathname) return NextResponse.next({ request: { headers: forwarded } });
  return NextResponse.rewrite(url, { request: { headers: forwarded } });
}

/** A permanent redirect to a path of this site. */
function redirectTo(request: NextRequest, path: string): Response {
  return NextResponse.redirect(new URL(path, request.url), 308);
}

export const config = {
  matcher: [
    {
      // Not for API routes, Next's own files or files with an extension (icons, robots.txt).
      source: '/((?!api/|_next/|.*\\.[a-zA-Z0-9]+$).*)',
      // Nor for a body over the limit (deploy/nginx/body-limit.conf, 11 MB; its regular expression
      // is body-limit.js's contentLengthAbove, a test holds them equal) or of undeclared length: Next
      // reads the whole body of every request the proxy sees before answering it. next.config.js
      // sends these to a route that refuses them unread.
      missing: [
        {
          type: 'header',
          key: 'content-length',
          value:
            '0*(?:[1-9]\\d{8,}|[2-9]\\d{7}|1[2-9]\\d{6}|11[6-9]\\d{5}|115[4-9]\\d{4}|1153[5-9]\\d{3}|11534[4-9]\\d{2}|115343[4-9]\\d{1}|1153433[7-9])',
        },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
  ],
};
