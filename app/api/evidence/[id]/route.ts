import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { NextResponse, type NextRequest } from 'next/server';
import { openEvidence } from '@/db/access/evidence';
import { getCurrentUser } from '@/db/access/session';

// Serves an evidence file to those allowed to see its report (its organization, the chair);
// anyone else gets 404 as for a missing file. Always a download, never rendered by the browser.

function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function GET(_request: NextRequest, { params }: RouteContext<'/api/evidence/[id]'>) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return new NextResponse('Unauthorized', { status: 401 });
  const file = /^\d{1,12}$/.test(id) ? openEvidence(user, Number(id)) : null;
  if (!file) return new NextResponse('Not found', { status: 404 });
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
      'Content-Disposition': contentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'private, no-store',
    },
  });
}
