import { NextResponse, type NextRequest } from 'next/server';
import { addEvidence } from '@/db/access/evidence';
import { authedRoute, refusalResponse } from '@/db/access/authed-route';
import { AuthError } from '@/lib/auth/auth-error';
import { roles } from '@/lib/domain';
import { logError } from '@/lib/log';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { evidenceMaxBytes } from '@/lib/workflow/evidence-type';

// Evidence upload from the update page's plain HTML form (multipart, one file). It lives under
// /api so the proxy never buffers the body; the size is refused from the header before any
// byte is read, and the data layer checks owner, state and content type.

// The form's multipart framing around a file of the maximum size.
const maxBodyBytes = evidenceMaxBytes + 64 * 1024;

// A relative Location: behind `next start` request.url names the server's own host
// (localhost), which may not be the origin the browser used.
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}

function back(locale: Locale, updateId: number, outcome: string): Response {
  return seeOther(localePath(locale, `/dashboard/updates/${updateId}?evidence=${outcome}`));
}

/** Same-origin only: the session cookie is Lax, and this checks the Origin header as well. */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The language of the page the form is on, to send the officer back to it. */
function localeOf(request: NextRequest): Locale {
  const asked = request.nextUrl.searchParams.get('lang');
  return isLocale(asked) ? asked : defaultLocale;
}

export const POST = authedRoute(
  roles,
  async (request, user) => {
    const raw = request.nextUrl.searchParams.get('update') ?? '';
    const updateId = /^\d{1,12}$/.test(raw) ? Number(raw) : null;
    const locale = localeOf(request);
    if (!sameOrigin(request)) return new NextResponse('Forbidden', { status: 403 });
    if (!updateId) return new NextResponse('Bad request', { status: 400 });
    const length = Number(request.headers.get('content-length') ?? NaN);
    if (!Number.isFinite(length)) return new NextResponse('Length required', { status: 411 });
    if (length > maxBodyBytes) return back(locale, updateId, 'too_large');

    let file: FormDataEntryValue | null;
    try {
      file = (await request.formData()).get('file');
    } catch {
      return new NextResponse('Bad request', { status: 400 });
    }
    if (!(file instanceof File) || file.size === 0)
      return back(locale, updateId, file instanceof File ? 'empty' : 'missing');
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      const result = addEvidence(user, updateId, { name: file.name, bytes });
      return back(locale, updateId, result.ok ? 'added' : result.code);
    } catch (error) {
      // A refusal (another organization's update) is answered by authedRoute, as for a missing one.
      if (error instanceof AuthError) throw error;
      // Never a bare 500: the uploader is sent back to the update with a sentence to act on.
      logError('evidence_upload_failed', error, { userId: user.id, updateId });
      return back(locale, updateId, 'failed');
    }
  },
  // Without a valid session the plain form post sends the officer to sign in again.
  (error, request) =>
    error.status === 401 ? seeOther(localePath(localeOf(request), '/login')) : refusalResponse(error),
);
