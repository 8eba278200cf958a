// Two servers on one database (15.13): each keeps its own cache of the public pages. An approval
// made through B must reach A's `/` and open data within a few seconds, and so must a restore made
// by `npm run restore` in its own process, with no file to watch.
import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { insertUpdate } from '../test/update-rows';
import {
  makeTempDir,
  prepareDatabase,
  runOperatorCommand,
  signIn,
  startServer,
  type RunningServer,
} from '../test/ops/server-harness';

let dir: string;
const servers: RunningServer[] = [];

test.beforeAll(() => {
  dir = makeTempDir('multi');
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

type Summary = { targets: { code: string; latest: { value: number } | null }[] };
const latestOf = async (url: string, code: string) =>
  ((await (await fetch(`${url}/api/public/summary`)).json()) as Summary).targets.find((t) => t.code === code)?.latest
    ?.value ?? null;
// A keep-alive connection the server closed meanwhile may fail once: that is "not yet".
const homeShows = async (url: string, text: string) =>
  (
    await fetch(`${url}/`).then(
      (r) => r.text(),
      () => '',
    )
  ).includes(text);

/** Seconds until `check` holds (polled every 100 ms), or null after `limitMs`. */
async function secondsUntil(check: () => Promise<boolean>, limitMs = 15_000): Promise<number | null> {
  const start = Date.now();
  while (Date.now() - start < limitMs) {
    if (await check().catch(() => false)) return (Date.now() - start) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

test('an approval through B and a restore both reach A’s cached public pages within seconds', async ({ browser }) => {
  test.setTimeout(180_000);
  const live = path.join(dir, 'live', 'app.db');
  const backup = path.join(dir, 'backup.db');
  prepareDatabase(live);
  prepareDatabase(backup);
  const seed = new Database(live);
  const updateId = insertUpdate(seed, {
    kind: 'target',
    subjectCode: '2.1.01',
    period: '2023-Q4',
    state: 'submitted',
    value: 777.25,
  });
  const targetId = (seed.prepare("SELECT id FROM targets WHERE code = '2.1.01'").get() as { id: number }).id;
  seed.close();
  const old = new Database(backup);
  insertUpdate(old, { kind: 'target', subjectCode: '2.1.01', period: '2023-Q4', state: 'approved', value: 555.5 });
  old.close();

  const [a, b] = await Promise.all([startServer({ dbFile: live }), startServer({ dbFile: live })]);
  servers.push(a!, b!);
  // A renders and caches its public pages.
  for (let i = 0; i < 2; i++) await fetch(`${a!.url}/`).then((r) => r.text());
  const cached = await fetch(`${a!.url}/`);
  expect(cached.headers.get('x-nextjs-cache')).toBe('HIT');
  expect(await cached.text()).not.toContain('777,25');
  expect(await latestOf(a!.url, '2.1.01')).toBeNull();

  // The chair approves through B, in a browser.
  const cookie = await signIn(b!.url, 'bithu');
  const context = await browser.newContext();
  await context.addCookies(
    cookie.split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: b!.url };
    }),
  );
  const chair = await context.newPage();
  await chair.goto(`${b!.url}/approvals?subject=target:${targetId}`);
  await chair.getByTestId(`queue-item-${updateId}`).getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(chair.getByTestId(`queue-item-${updateId}`)).toHaveCount(0);
  await context.close();

  const homeSeconds = await secondsUntil(() => homeShows(a!.url, '777,25'));
  const openDataSeconds = await secondsUntil(async () => (await latestOf(a!.url, '2.1.01')) === 777.25);
  console.log(`approval through B seen on A: / after ${homeSeconds} s, open data after ${openDataSeconds} s`);
  expect(homeSeconds).not.toBeNull();
  expect(homeSeconds!).toBeLessThan(5);
  expect(openDataSeconds).not.toBeNull();
  expect(openDataSeconds!).toBeLessThan(5);
  // A keeps serving its page from the cache once it is fresh again.
  await fetch(`${a!.url}/`).then((r) => r.text());
  expect((await fetch(`${a!.url}/`)).headers.get('x-nextjs-cache')).toBe('HIT');

  // A restore, in its own process, replaces the data under both servers.
  const restore = runOperatorCommand('restore', [backup], {
    env: { DATABASE_PATH: live, BACKUP_DIR: path.join(dir, 'backups') },
  });
  expect(restore.status, restore.stderr).toBe(0);
  for (const server of [a!, b!]) {
    const seconds = await secondsUntil(() => homeShows(server.url, '555,5'));
    expect(seconds, `restore seen on ${server.url}`).not.toBeNull();
    expect(seconds!).toBeLessThan(5);
    expect(await latestOf(server.url, '2.1.01')).toBe(555.5);
  }
});
