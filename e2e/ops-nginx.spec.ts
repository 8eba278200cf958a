// The production recipe (deploy/nginx/resolution-tracker.conf) in front of a real server: the public
// pages and open data come from nginx's micro-cache, the workspace and anything with a session
// cookie never do, an approval shows on / within the micro-cache's window, and an oversized body is
// refused by nginx itself. CI installs nginx (.ci/run); only a machine without it and without CI
// skips this file.
import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { insertUpdate } from '../test/update-rows';
import {
  nginxBinary,
  reservePorts,
  startNginx,
  tlsRequest,
  tlsUpload,
  type RunningNginx,
  type TlsResponse,
} from '../test/ops/nginx-harness';
import {
  makeTempDir,
  opsSeedPassword,
  prepareDatabase,
  startServer,
  type RunningServer,
} from '../test/ops/server-harness';

test.skip(
  !nginxBinary && !process.env.CI,
  'nginx is not installed here (apt-get install -y nginx-light); CI installs it',
);
test.describe.configure({ mode: 'serial' });

let dir: string;
let app: RunningServer;
let nginx: RunningNginx;
let updateId: number;
let targetId: number;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = makeTempDir('nginx');
  const dbFile = path.join(dir, 'app.db');
  prepareDatabase(dbFile);
  const sqlite = new Database(dbFile);
  updateId = insertUpdate(sqlite, {
    kind: 'target',
    subjectCode: '2.1.01',
    period: '2023-Q4',
    state: 'submitted',
    value: 888.75,
  });
  targetId = (sqlite.prepare("SELECT id FROM targets WHERE code = '2.1.01'").get() as { id: number }).id;
  sqlite.close();
  const [appPort, httpPort, httpsPort] = (await reservePorts(3)) as [number, number, number];
  app = await startServer({
    dbFile,
    port: appPort,
    env: { TRUST_PROXY: '1', NEXTAUTH_URL: `https://127.0.0.1:${httpsPort}` },
  });
  nginx = await startNginx(path.join(dir, 'nginx'), { appPort, httpPort, httpsPort });
});

test.afterAll(async () => {
  await nginx?.stop();
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const cacheStatus = (response: TlsResponse) => response.headers['x-cache-status'];
const get = (pathname: string, headers: Record<string, string> = {}) =>
  tlsRequest(`${nginx.url}${pathname}`, { headers });
/** The micro-cache window is one second: the second of two requests made at once is a hit. */
const fromCache = ['HIT', 'STALE', 'UPDATING'];

/** A session cookie header, signed in through nginx as the login form does. */
async function signInThroughNginx(username: string): Promise<string> {
  const csrf = await get('/api/auth/csrf');
  const jar = new Map<string, string>();
  const keep = (response: TlsResponse) => {
    const lines = response.headers['set-cookie'] ?? [];
    for (const line of Array.isArray(lines) ? lines : [lines]) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const response = await tlsRequest(`${nginx.url}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ username, password: opsSeedPassword, csrfToken, json: 'true' }).toString(),
  });
  keep(response);
  expect([...jar.keys()]).toContain('__Secure-next-auth.session-token');
  return cookie();
}

test('public pages and open data come from the micro-cache, compressed', async () => {
  for (const pathname of ['/', '/api/public/summary', '/?status=met']) {
    await get(pathname);
    const pair = await Promise.all([get(pathname), get(pathname)]);
    expect(
      pair.map(cacheStatus).some((status) => fromCache.includes(String(status))),
      pathname,
    ).toBe(true);
    for (const response of pair) {
      expect(response.status).toBe(200);
      // Clients and caches beyond nginx revalidate every time; Next's year-long s-maxage stays inside.
      expect(response.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      expect(response.headers['strict-transport-security']).toContain('max-age=');
    }
  }
  const compressed = await get('/', { 'accept-encoding': 'gzip' });
  expect(compressed.headers['content-encoding']).toBe('gzip');
  // The build's files come from disk.
  const html = (await get('/')).body;
  const asset = /\/_next\/static\/[^"]+\.css/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  const css = await get(asset!);
  expect(css.status).toBe(200);
  expect(css.headers['cache-control']).toContain('immutable');
});

test('the workspace, the sign-in pages and anything with a session cookie are never cached', async () => {
  const cookie = await signInThroughNginx('ubnd');
  for (const pathname of ['/dashboard', '/account', '/', '/api/public/summary']) {
    for (let i = 0; i < 3; i++) {
      const response = await get(pathname, { cookie });
      expect(response.status, pathname).toBe(200);
      expect(cacheStatus(response), `${pathname} with a session`).toBe('BYPASS');
    }
  }
  expect((await get('/dashboard', { cookie })).body).toContain('Ủy ban nhân dân phường');
  for (const pathname of ['/login', '/en/login', '/dashboard', '/approvals', '/api/auth/session', '/api/auth/csrf']) {
    for (let i = 0; i < 3; i++) {
      const response = await get(pathname);
      expect(fromCache, pathname).not.toContain(String(cacheStatus(response)));
      expect(cacheStatus(response), pathname).toBe('BYPASS');
    }
  }
  // Client navigations (RSC) are answered by the app every time.
  const navigation = await get('/', { rsc: '1' });
  expect(cacheStatus(navigation)).toBe('BYPASS');
});

test('an approval shows on / through nginx within the micro-cache window', async ({ browser }) => {
  test.setTimeout(120_000);
  await get('/');
  expect((await get('/')).body).not.toContain('888,75');
  const cookie = await signInThroughNginx('bithu');
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  await context.addCookies(
    cookie.split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: nginx.url };
    }),
  );
  const chair = await context.newPage();
  await chair.goto(`${nginx.url}/approvals?subject=target:${targetId}`);
  await chair.getByTestId(`queue-item-${updateId}`).getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(chair.getByTestId(`queue-item-${updateId}`)).toHaveCount(0);
  await context.close();
  const approvedAt = Date.now();
  let seconds: number | null = null;
  while (Date.now() - approvedAt < 10_000) {
    if ((await get('/')).body.includes('888,75')) {
      seconds = (Date.now() - approvedAt) / 1000;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`approval seen through nginx after ${seconds} s`);
  expect(seconds).not.toBeNull();
  // One second of micro-cache, one request refreshing it in the background, on a busy CI machine.
  expect(seconds!).toBeLessThan(4);
});

test('an oversized body is refused by nginx with 413 before it reaches the app', async () => {
  const before = app.output().length;
  for (const [pathname, headers] of [
    ['/dashboard', { 'next-action': '7f'.repeat(21), 'content-type': 'text/plain;charset=UTF-8' }],
    ['/api/auth/callback/credentials', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['/', { 'content-type': 'multipart/form-data; boundary=zz' }],
  ] as const) {
    const response = await tlsUpload(`${nginx.url}${pathname}`, headers, 50 * 1024 * 1024);
    expect(response.status, pathname).toBe(413);
    expect(response.body, pathname).toContain('nginx');
    expect(response.ms, pathname).toBeLessThan(5_000);
  }
  // Nothing of it reached the app.
  expect(app.output().slice(before)).not.toContain('request_error');
  expect((await get('/api/health')).status).toBe(200);
});
