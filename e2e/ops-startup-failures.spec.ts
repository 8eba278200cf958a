// A server that cannot start must say why and exit, not listen and answer 500 to everyone (15.12c,
// 15.18c): a too-short NEXTAUTH_SECRET, a start-up migration that fails.
import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir, prepareDatabase, startServer } from '../test/ops/server-harness';

let dir: string;

test.beforeAll(() => {
  dir = makeTempDir('startup');
});

test.afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('a too-short NEXTAUTH_SECRET stops the server with a message naming it', async () => {
  test.setTimeout(90_000);
  const dbFile = path.join(dir, 'secret', 'app.db');
  prepareDatabase(dbFile);
  const failure = await startServer({ dbFile, env: { NEXTAUTH_SECRET: 'too-short' } }).then(
    () => null,
    (error: Error) => error.message,
  );
  expect(failure).toMatch(/^server exited \(1\) before answering/);
  expect(failure).toContain('NEXTAUTH_SECRET must be at least 32 characters');
});

test('a start-up migration that fails stops the server with the reason', async () => {
  test.setTimeout(90_000);
  const dbFile = path.join(dir, 'migration', 'app.db');
  prepareDatabase(dbFile);
  // The database forgets it applied its last migration, whose change is still there: applying it
  // again fails (a table already there, or one already renamed), as a look-alike or half-restored
  // database would.
  const sqlite = new Database(dbFile);
  sqlite.exec('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)');
  sqlite.close();
  const failure = await startServer({ dbFile }).then(
    () => null,
    (error: Error) => error.message,
  );
  expect(failure).toMatch(/^server exited \(1\) before answering/);
  expect(failure).toContain('the server cannot start');
  // The reason: the statement that failed, and SQLite's own error in the log line.
  expect(failure).toMatch(/DrizzleError: Failed to run the query '[^']+'/);
  expect(failure).toMatch(/"event":"startup_failed".*"cause":\{"name":"SqliteError"/);
});
