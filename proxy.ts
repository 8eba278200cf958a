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
 * (/en/dashboard). Pages live under app/[lang]/, and next.config.js rewrites a Vietnamese URL to
 * /vi/… by the URL alone — never a cookie — so a cache may keep every page by its URL. Here: the
 * redirects that keep one URL per page, the summary's filters, and the early login redirect. The
 * session check only saves a round trip: every page, action and route handler checks the session
 * again in the data layer.
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

  // The summary's filters travel as a GET form's query; served from a path so the view is cached.
  if (path === '/') {
    const filters = filtersFromSearch(request.nextUrl.searchParams);
    // A value the form never offers (a made-up org=) goes to the canonical page, once.
    if (hasUnknownFilterValue(request.nextUrl.searchParams, filters)) {
      return redirectTo(request, localePath(locale, `/${filterQuery(filters)}`));
    }
    if (hasFilters(filters)) {
      const url = request.nextUrl.clone();
      url.pathname = `/${locale}/filter/${filterKey(filters)}`;
      return NextResponse.rewrite(url, { request: { headers: forwarded } });
    }
  }
  return NextResponse.next({ request: { headers: forwarded } });
}

/** A permanent redirect to a path of this site. */
function redirectTo(request: NextRequest, path: string): Response {
  return NextResponse.redirect(new URL(path, request.url), 308);
}

// The proxy sees only the requests it has work for, so a cached public page (/, /targets/1, /nam/2023)
// is served without it: the Vietnamese pages' /vi rewrite is next.config.js's. It sees the
// workspace and sign-in pages (early login redirect, the requested path), /vi/… and /filter/…
// (redirects), the summary with a filter in its query, and every server action (the request
// path and X-Forwarded-Host headers). Next reads matchers at build time, so each is a literal;
// none sees a body over the limit (deploy/nginx/body-limit.conf, 11 MB; the expression is
// body-limit.js's contentLengthAbove, test/ops/body-limit.test.ts holds every copy equal) or of
// undeclared length: Next reads the whole body of every request the proxy sees before answering
// it. next.config.js sends those to a route that refuses them unread. The workspace prefixes are
// route-access.ts's (lib/auth/route-access.test.ts holds them equal).
export const config = {
  matcher: [
    {
      source: '/((?:en/)?(?:dashboard|approvals|reports|admin|account|notifications|login|filter)(?:/.*)?|vi(?:/.*)?)',
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
    {
      source: '/',
      has: [{ type: 'query', key: 'category' }],
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
    {
      source: '/',
      has: [{ type: 'query', key: 'org' }],
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
    {
      source: '/',
      has: [{ type: 'query', key: 'status' }],
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
    {
      source: '/en',
      has: [{ type: 'query', key: 'category' }],
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
    {
      source: '/en',
      has: [{ type: 'query', key: 'org' }],
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
    {
      source: '/en',
      has: [{ type: 'query', key: 'status' }],
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
    {
      source: '/:path*',
      has: [{ type: 'header', key: 'next-action' }],
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
