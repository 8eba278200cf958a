import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, localeCookie } from '@/lib/i18n/locale';
import { safeLocalPath } from '@/lib/safe-path';

/** The language switch: a plain link, so it works without JavaScript. */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to');
  const back = safeLocalPath(request.nextUrl.searchParams.get('back') ?? sameSiteReferer(request), '/');
  // A relative Location: request.url carries the server's own host name (localhost), not the one
  // the visitor used, and the language cookie belongs to the visitor's host.
  const response = new NextResponse(null, { status: 303, headers: { Location: back } });
  if (isLocale(to)) {
    response.cookies.set(localeCookie, to, {
      path: '/',
      maxAge: 365 * 24 * 60 * 60,
      sameSite: 'lax',
      httpOnly: true,
    });
  }
  return response;
}

function sameSiteReferer(request: NextRequest): string | null {
  const referer = request.headers.get('referer');
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.host === request.headers.get('host') ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}
