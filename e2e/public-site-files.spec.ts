import { expect, test } from './fixtures/test';

// The files a browser, a crawler or a phone's home screen asks every site for.
test('favicon, icon, robots.txt and the web manifest answer with their types', async ({ request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));

  const svg = await request.get('/icon.svg');
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');

  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toContain('text/plain');
  const rules = await robots.text();
  for (const line of [
    'Allow: /',
    'Allow: /api/public/',
    'Disallow: /api/',
    'Disallow: /dashboard',
    'Disallow: /en/admin',
  ])
    expect(rules.split('\n')).toContain(line);

  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  const body = await manifest.json();
  expect(body.name).toBe('Theo dõi Nghị quyết');
  expect(body.lang).toBe('vi');
  for (const icon of body.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});
