// A restore verifies the schema, not just the table names: every column of every table must be
// what this app's migrations made at the file's own migration level. An older (genuine) backup is
// migrated as a COPY before anything is replaced; a look-alike is refused with the live database
// untouched, and the documented undo (restoring the pre-restore file) keeps working.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase, verifyDatabaseFile } from '@/db/backup';
import { migrateFile, migrationsFolder } from '@/db/migrate';
import { digestDatabase, makeDatabase } from './db-fixture';
import { runOperatorCommand } from './server-harness';

let dir: string;
let live: string;
let backups: string;

type Journal = { entries: { idx: number; when: number; tag: string }[] };
const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rt-restore-schema-'));
  live = path.join(dir, 'live', 'app.db');
  backups = path.join(dir, 'backups');
  mkdirSync(path.dirname(live), { recursive: true });
  makeDatabase(live, 5);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function restoreScript(file: string) {
  const result = runOperatorCommand('restore', [file], { env: { DATABASE_PATH: live, BACKUP_DIR: backups } });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

/** A database migrated with only the first `count` migrations of this app (an older version). */
function olderDatabase(file: string, count: number): void {
  const folder = path.join(dir, `migrations-${count}`);
  cpSync(migrationsFolder, folder, { recursive: true });
  const partial: Journal = { ...journal, entries: journal.entries.slice(0, count) };
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(partial));
  const sqlite = new Database(file);
  try {
    migrate(drizzle(sqlite), { migrationsFolder: folder });
  } finally {
    sqlite.close();
  }
}

/** Same table names and migration records as a real database, other columns in every table. */
function lookAlike(file: string, fromLevel: number): void {
  const model = path.join(dir, `model-${fromLevel}.db`);
  olderDatabase(model, fromLevel);
  const source = new Database(model, { readonly: true });
  const tables = (
    source.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const migrations = source.prepare('SELECT hash, created_at FROM __drizzle_migrations').all() as {
    hash: string;
    created_at: number;
  }[];
  source.close();
  const fake = new Database(file);
  for (const name of tables) {
    if (name === '__drizzle_migrations') {
      fake.exec('CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)');
    } else {
      fake.exec(`CREATE TABLE "${name}" (id INTEGER PRIMARY KEY, other_column TEXT, payload BLOB)`);
    }
  }
  const insert = fake.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)');
  for (const m of migrations) insert.run(m.hash, m.created_at);
  fake.close();
}

describe('restore checks the schema', () => {
  it('refuses a look-alike with the current migration records, live database untouched', async () => {
    const fake = path.join(dir, 'look-alike-current.db');
    lookAlike(fake, journal.entries.length);
    const before = digestDatabase(live);
    const check = verifyDatabaseFile(fake);
    expect(check.ok).toBe(false);
    await expect(restoreDatabase(fake, live, backups)).rejects.toThrow(/cột|column/i);
    expect(digestDatabase(live)).toEqual(before);
  });

  it('refuses a look-alike at an older migration level through the npm script, exit 1, nothing changed', () => {
    const fake = path.join(dir, 'look-alike-old.db');
    lookAlike(fake, 1);
    const before = digestDatabase(live);
    const result = restoreScript(fake);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Từ chối khôi phục/);
    expect(digestDatabase(live)).toEqual(before);
    // The server's next start (which migrates first) still works on the live database.
    expect(() => migrateFile(live)).not.toThrow();
    expect(verifyDatabaseFile(live, { requireCurrent: true })).toMatchObject({ ok: true });
  });

  it('restores a genuine older backup, migrated forward on a copy first', async () => {
    const old = path.join(dir, 'older.db');
    olderDatabase(old, 1);
    expect(verifyDatabaseFile(old)).toMatchObject({ ok: true });
    const untouched = readFileSync(old);
    const result = await restoreDatabase(old, live, backups);
    expect(readFileSync(old).equals(untouched)).toBe(true);
    const check = verifyDatabaseFile(live);
    expect(check).toMatchObject({ ok: true, migrations: journal.entries.length });
    // No staging copy is left beside the live database.
    expect(readdirSync(path.dirname(live)).filter((n) => /\.tmp/.test(n))).toEqual([]);

    // The documented undo: restoring the pre-restore file gives the database back.
    expect(result.preRestoreBackup).not.toBeNull();
    const undo = restoreScript(result.preRestoreBackup!);
    expect(undo.code, undo.stderr).toBe(0);
    expect(verifyDatabaseFile(live)).toMatchObject({ ok: true });
    const sqlite = new Database(live, { readonly: true });
    expect((sqlite.prepare('SELECT count(*) AS n FROM updates').get() as { n: number }).n).toBeGreaterThan(0);
    sqlite.close();
  });

  it('keeps backing up and restoring the current schema unchanged', async () => {
    const before = digestDatabase(live);
    const copy = await backupDatabase(live, backups);
    expect(verifyDatabaseFile(copy)).toMatchObject({ ok: true });
    await restoreDatabase(copy, live, backups);
    // Every row comes back as it was, except the public revision's generation, which a restore
    // renews on purpose so that every running server drops the pages it cached before.
    const { public_revision: revisionBefore, ...dataBefore } = before;
    const { public_revision: revisionAfter, ...dataAfter } = digestDatabase(live);
    expect(dataAfter).toEqual(dataBefore);
    expect(revisionAfter?.rows).toBe(1);
    expect(revisionAfter?.sha256).not.toBe(revisionBefore?.sha256);
  });
});
