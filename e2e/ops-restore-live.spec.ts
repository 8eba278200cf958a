// `npm run restore` under a running server: the restore runs in its own process and replaces the
// data, while the server's cache (Next's pages and the open data) holds pages of the old figures.
// The restore renews the database's public generation; the server compares it with its cache's at
// most once a second, so the public pages show the restored figures without a restart.
import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { insertUpdate } from '../test/update-rows';
import {
  makeTempDir,
  prepareDatabase,
  runOperatorCommand,
  startServer,
  type RunningServer,
} from '../test/ops/server-harness';

let dir: string;
let server: RunningServer | null = null;

test.beforeAll(() => {
  dir = makeTempDir('restore-live');
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

type Summary = { targets: { code: string; latest: { value: number } | null }[] };
const latestOf = async (url: string, code: string) =>
  ((await (await fetch(`${url}/api/public/summary`)).json()) as Summary).targets.find((t) => t.code === code)?.latest
    ?.value ?? null;

test('a restore under a running server shows the restored figures on the cached public pages', async () => {
  test.setTimeout(120_000);
  const live = path.join(dir, 'live', 'app.db');
  const backup = path.join(dir, 'backup.db');
  prepareDatabase(live);
  prepareDatabase(backup);
  const sqlite = new Database(backup);
  insertUpdate(sqlite, { kind: 'target', subjectCode: '2.1.01', period: '2023-Q4', state: 'approved', value: 777.25 });
  sqlite.close();

  server = await startServer({ dbFile: live });
  await fetch(`${server.url}/`);
  const cached = await fetch(`${server.url}/`);
  expect(cached.headers.get('x-nextjs-cache')).toBe('HIT');
  expect(await cached.text()).not.toContain('777,25');
  expect(await latestOf(server.url, '2.1.01')).toBeNull();

  const restore = runOperatorCommand('restore', [backup], {
    env: { DATABASE_PATH: live, BACKUP_DIR: path.join(dir, 'backups') },
  });
  expect(restore.status, restore.stderr).toBe(0);

  await expect
    // A keep-alive connection the server closed while the restore ran may fail once: ask again.
    .poll(
      async () =>
        (
          await fetch(`${server!.url}/`).then(
            (r) => r.text(),
            () => '',
          )
        ).includes('777,25'),
      { timeout: 15_000 },
    )
    .toBe(true);
  expect(await latestOf(server.url, '2.1.01')).toBe(777.25);
  expect(await (await fetch(`${server.url}/en`)).text()).toContain('777.25');
});
