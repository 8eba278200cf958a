import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale, localeCookie } from './lib/i18n/locale';
import { filterKey, filtersFromSearch, hasFilters } from './lib/public/filters';
import { actionPayloadProblem } from './lib/action-payload';
import { actionBodyLimitBytes, refuseOversizedBody } from './lib/request-limits';
import { requestPathHeader } from './lib/auth/login-url';

const protectedPrefixes = ['/dashboard', '/approvals', '/admin', '/account', '/reports'];
const sessionCookies = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/**
 * Serves every page under its language segment (/vi/…, /en/…) without showing it in the URL,
 * so each page is rendered and cached once per language. The session check here only saves a
 * round trip: every page, action and route handler checks the session again in the data layer.
 */
export async function proxy(request: NextRequest) {
  // Page POSTs are server actions: an oversized one is refused before Next buffers its body,
  // a malformed one with 400 before Next's decoder fails on it with 500.
  const refused = refuseOversizedBody(request, actionBodyLimitBytes);
  if (refused) return refused;
  if (request.method === 'POST' && request.headers.has('next-action')) {
    const problem = await actionPayloadProblem(request);
    if (problem)
      return new Response(`Yêu cầu không hợp lệ (${problem}).`, {
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
  }

  const { pathname, search } = request.nextUrl;
  // For a page that finds the session invalid: /login?callbackUrl= leads back here.
  const forwarded = new Headers(request.headers);
  forwarded.set(requestPathHeader, `${pathname}${search}`);
  const first = pathname.split('/')[1];
  if (isLocale(first)) return NextResponse.next({ request: { headers: forwarded } });

  const isProtected = protectedPrefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isProtected && !sessionCookies.some((name) => request.cookies.has(name))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const cookie = request.cookies.get(localeCookie)?.value;
  const locale = isLocale(cookie) ? cookie : defaultLocale;
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`;
  // The summary's filters travel as a GET form's query; served from a path so the view is cached.
  if (pathname === '/') {
    const filters = filtersFromSearch(request.nextUrl.searchParams);
    if (hasFilters(filters)) url.pathname = `/${locale}/filter/${filterKey(filters)}`;
  }
  return NextResponse.rewrite(url, { request: { headers: forwarded } });
}

export const config = {
  matcher: [
    {
      // Not for API routes, Next's own files or files with an extension (icons, robots.txt).
      source: '/((?!api/|_next/|.*\\.[a-zA-Z0-9]+$).*)',
      // Nor for a body declared at 12 MB or more: Next reads and buffers the whole body of every
      // request the proxy sees before answering, so such a request skips it and is refused by the
      // server action's own size limit (11 MB) instead.
      missing: [{ type: 'header', key: 'content-length', value: '[1-9]\\d{8,}|1[2-9]\\d{6}|[2-9]\\d{7}' }],
    },
  ],
};
