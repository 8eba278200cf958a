// First-load JavaScript of a page: the scripts its HTML makes the browser download, measured as
// gzip bytes of those files in the build output (.next/static), as Next's old build table did.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type FirstLoad = { page: string; scripts: number; gzipKb: number; rawKb: number };

export async function firstLoadJs(
  projectRoot: string,
  url: string,
  page: string,
  headers: Record<string, string> = {},
): Promise<FirstLoad> {
  const html = await (await fetch(url, { headers })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!))].filter((src) =>
    src.startsWith('/_next/static/'),
  );
  let gzip = 0;
  let raw = 0;
  for (const src of sources) {
    const file = path.join(projectRoot, '.next', decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0]!));
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { page, scripts: sources.length, gzipKb: Math.round(gzip / 102.4) / 10, rawKb: Math.round(raw / 102.4) / 10 };
}
