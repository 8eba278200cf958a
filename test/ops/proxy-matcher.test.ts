// proxy.ts runs only where it has work: a cached public page is served without it (a proxy run
// cost ~1,5 ms of CPU per request, a fifth of `/`). Its first matcher is a literal Next reads at
// build time; this holds it to the route table and the pages it must and must not see.
import { describe, expect, it } from 'vitest';
import { workspacePrefixes } from '@/lib/auth/route-access';
import { config as proxyConfig } from '@/proxy';

const pages = new RegExp(`^${proxyConfig.matcher[0]!.source}$`);

describe('the proxy matcher', () => {
  it.each(workspacePrefixes.flatMap((prefix) => [prefix, `${prefix}/x/1`, `/en${prefix}`, `/en${prefix}/x`]))(
    'sees the workspace page %s (early login redirect)',
    (path) => expect(pages.test(path)).toBe(true),
  );

  it.each(['/login', '/en/login', '/vi', '/vi/targets/1', '/filter/org-ubnd', '/en/filter/org-ubnd'])(
    'sees %s',
    (path) => expect(pages.test(path)).toBe(true),
  );

  it.each(['/', '/en', '/targets/1', '/tasks/3', '/nam/2023', '/en/targets/1', '/dashboards', '/video'])(
    'leaves the public page %s to the cache',
    (path) => expect(pages.test(path)).toBe(false),
  );

  it.each(['/api/health', '/api/public/summary', '/api/evidence/1', '/robots.txt'])(
    'leaves %s alone (no page of its own, no early redirect to make)',
    (path) => expect(pages.test(path)).toBe(false),
  );

  it('sees the summary with any of its filters, in both languages, and every server action', () => {
    const conditions = proxyConfig.matcher.slice(1).map((entry) => `${entry.source} ${JSON.stringify(entry.has)}`);
    for (const source of ['/', '/en'])
      for (const key of ['category', 'org', 'status'])
        expect(conditions).toContain(`${source} ${JSON.stringify([{ type: 'query', key }])}`);
    expect(conditions).toContain(`/:path* ${JSON.stringify([{ type: 'header', key: 'next-action' }])}`);
  });
});
