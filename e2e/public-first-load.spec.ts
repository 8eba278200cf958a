// What a citizen's phone downloads for `/`: the scripts a real (modern) browser fetches are the ones
// bench/first-load-js.ts counts (so `npm run bench`'s figure is honest: no nomodule polyfill, which
// such a browser never fetches), and they weigh at most 150 kB of gzip.
import { expect, test } from './fixtures/test';
import { firstLoadJs, publicFirstLoadGoalKb } from '../bench/first-load-js';
import { projectRoot } from '../test/ops/server-harness';

test('/ makes a modern browser load at most 150 kB of gzip JavaScript, as the bench counts it', async ({
  page,
  baseURL,
}) => {
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script' && url.pathname.startsWith('/_next/static/')) fetched.add(url.pathname);
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  const counted = await firstLoadJs(projectRoot, `${baseURL}/`, '/');
  console.log(`/ : ${counted.gzipKb} kB gzip in ${counted.scripts} scripts (${counted.rawKb} kB raw)`);
  expect([...fetched].sort()).toEqual(counted.sources.map((src) => src.split('?')[0]).sort());
  expect(counted.gzipKb).toBeLessThanOrEqual(publicFirstLoadGoalKb);
});
