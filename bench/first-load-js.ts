// First-load JavaScript of a page: the scripts its HTML makes a modern browser download, measured
// as gzip bytes of those files in the build output (.next/static), as Next's old build table did.
// A `nomodule` script (Next's polyfills for browsers without ES modules) is not counted: every
// browser that runs modules skips it without downloading it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** A public page has no client component of its own: at most this much gzip JavaScript. */
export const publicFirstLoadGoalKb = 150;

export type FirstLoad = { page: string; scripts: number; gzipKb: number; rawKb: number; sources: string[] };

export async function firstLoadJs(
  projectRoot: string,
  url: string,
  page: string,
  headers: Record<string, string> = {},
): Promise<FirstLoad> {
  const html = await (await fetch(url, { headers })).text();
  // Every <script src> but a `nomodule` one, and every script the page preloads.
  const tags = [...html.matchAll(/<script\b[^>]*>|<link\b[^>]*\bas="script"[^>]*>/gi)].map((m) => m[0]);
  const sources = [
    ...new Set(
      tags
        .filter((tag) => !/\snomodule\b/i.test(tag))
        .map((tag) => /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1])
        .filter((src): src is string => !!src?.startsWith('/_next/static/')),
    ),
  ];
  let gzip = 0;
  let raw = 0;
  for (const src of sources) {
    const file = path.join(projectRoot, '.next', decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0]!));
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return {
    page,
    sources,
    scripts: sources.length,
    gzipKb: Math.round(gzip / 102.4) / 10,
    rawKb: Math.round(raw / 102.4) / 10,
  };
}
