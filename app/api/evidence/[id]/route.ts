import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { NextResponse } from 'next/server';
import { openEvidence } from '@/db/access/evidence';
import { authedRoute } from '@/db/access/authed-route';
import { roles } from '@/lib/domain';
import { downloadName } from '@/lib/workflow/evidence-type';

// Serves an evidence file to those allowed to see its update (its organization, the chair);
// anyone else gets 404 as for a missing file. Always a download, never rendered by the browser.

/**
 * RFC 6266: an ASCII `filename` for old clients and the exact name as RFC 5987 `filename*`
 * (UTF-8, percent-encoded; encodeURIComponent leaves ' ( ) * as they are, which that grammar
 * does not allow). The name is made safe first: no bidi or control characters, the extension of
 * its stored type.
 */
function contentDisposition(fileName: string, mimeType: string): string {
  const name = downloadName(fileName, mimeType);
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export const GET = authedRoute(roles, async (_request, user, { params }: RouteContext<'/api/evidence/[id]'>) => {
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) return new NextResponse('Not found', { status: 404 });
  // Another organization's file: AuthError 404, answered by authedRoute as for a missing one.
  const file = openEvidence(user, Number(id));
  try {
    statSync(file.filePath);
  } catch {
    // The row exists but its file is gone (restored from an older backup): say so plainly.
    return new NextResponse('Not found', { status: 404 });
  }
  const stream = Readable.toWeb(createReadStream(file.filePath)) as ReadableStream;
  return new NextResponse(stream, {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.size),
      'Content-Disposition': contentDisposition(file.fileName, file.mimeType),
      'X-Content-Type-Options': 'nosniff',
      // The same policy as security-headers.js's evidencePolicy, which next.config.js sends for
      // this path in place of the global one (a config header would otherwise replace this).
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'private, no-store',
    },
  });
});
