import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
  copyFileSync,
  openSync,
  writeSync,
  closeSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, BackupError, restoreDatabase, verifyDatabaseFile } from '@/db/backup';
import { readPublicRevision } from '@/db/public-revision';
import { digestConnection, digestDatabase, makeDatabase } from './db-fixture';

const root = path.resolve(__dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rt-backup-'));
  // The compiled commands the npm scripts run (scripts/commands.mjs builds them when missing or stale).
  const ensured = spawnSync(process.execPath, ['scripts/commands.mjs'], { cwd: root, encoding: 'utf8' });
  if (ensured.status !== 0) throw new Error(ensured.stderr);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A digest without the public revision, which a restore renews on purpose. */
function withoutRevision<T extends Record<string, unknown>>(digest: T): Partial<T> {
  return Object.fromEntries(Object.entries(digest).filter(([name]) => name !== 'public_revision')) as Partial<T>;
}

function revisionOfFile(file: string): string {
  const sqlite = new Database(file, { readonly: true });
  try {
    return readPublicRevision(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Runs one of the npm scripts the way `npm run backup|restore` does (plain node), against our files. */
function runScript(
  script: 'backup' | 'restore',
  env: { DATABASE_PATH: string; BACKUP_DIR: string },
  args: string[] = [],
) {
  const result = spawnSync(process.execPath, [`dist/scripts/${script}.mjs`, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

function startWriter(file: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, 'concurrent-writer.mjs'), file], { cwd: root });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(child));
    child.on('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
  });
}

function stopWriter(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.removeAllListeners('exit');
    child.on('exit', () => resolve(Number(/committed (\d+)/.exec(out)?.[1] ?? -1)));
    child.kill('SIGTERM');
  });
}

function writerRows(file: string): { updates: number; audits: number; maxSeq: number } {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM updates WHERE organization_id = 2) AS updates,
                (SELECT count(*) FROM audit_log WHERE action = 'writer') AS audits,
                (SELECT coalesce(max(value), 0) FROM updates WHERE organization_id = 2) AS maxSeq`,
      )
      .get() as { updates: number; audits: number; maxSeq: number };
  } finally {
    sqlite.close();
  }
}

describe('backup and restore', () => {
  it('takes a backup under concurrent writes that restores to an identical, verified database', async () => {
    const live = path.join(dir, 'live', 'app.db');
    const backups = path.join(dir, 'backups');
    makeDatabase(live, 3000);

    const writer = await startWriter(live);
    let backupFile: string;
    try {
      const result = runScript('backup', { DATABASE_PATH: live, BACKUP_DIR: backups });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      backupFile = result.stdout;
      expect(path.dirname(backupFile)).toBe(backups);
      expect(path.basename(backupFile)).toMatch(/^app-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.db$/);
      // Keep writing after the snapshot so the live database moves on past it.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      const committed = await stopWriter(writer);
      expect(committed).toBeGreaterThan(0);
    }

    expect(verifyDatabaseFile(backupFile)).toMatchObject({ ok: true });
    // A self-contained file: no WAL beside it.
    expect(readdirSync(backups)).toEqual([path.basename(backupFile)]);

    // The snapshot holds whole transactions only: every update of the writer has its audit row,
    // and they are exactly the writer's first N commits.
    const inBackup = writerRows(backupFile);
    const inLive = writerRows(live);
    expect(inBackup.updates).toBeGreaterThan(0);
    expect(inBackup.audits).toBe(inBackup.updates);
    expect(inBackup.maxSeq).toBe(inBackup.updates);
    expect(inLive.updates).toBeGreaterThan(inBackup.updates);

    // Every row in the backup equals the live row with the same id (the writer only appends).
    const backupDigest = digestDatabase(backupFile);
    const backupSqlite = new Database(backupFile, { readonly: true });
    const maxIds = Object.fromEntries(
      Object.keys(backupDigest)
        .filter((name) => name !== 'sqlite_master')
        .map((name) => [
          name,
          (backupSqlite.prepare(`SELECT coalesce(max(rowid), 0) AS m FROM "${name}"`).get() as { m: number }).m,
        ]),
    );
    backupSqlite.close();
    const liveSqlite = new Database(live, { readonly: true });
    // sqlite_sequence holds each table's highest id, which moved on: the only row that differs.
    const withoutSequence = (digest: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(digest).filter(([name]) => name !== 'sqlite_sequence'));
    expect(withoutSequence(digestConnection(liveSqlite, maxIds))).toEqual(withoutSequence(backupDigest));
    liveSqlite.close();

    // Restore into the live database while a "server" connection holds it open.
    const server = new Database(live);
    server.pragma('busy_timeout = 10000');
    const beforeRestore = digestConnection(server);
    const revisionBefore = readPublicRevision(server);
    const restored = runScript('restore', { DATABASE_PATH: live, BACKUP_DIR: backups }, [backupFile]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('Đã khôi phục');
    // Every running server is told: the public data's generation changed (its caches are dropped).
    const revisionAfter = readPublicRevision(server);
    expect(revisionAfter).not.toBe(revisionBefore);
    expect(revisionAfter).not.toBe(revisionOfFile(backupFile));

    // The server's connection now reads the restored data: every table, row count and hash (but
    // the public revision's generation, renewed above).
    expect(withoutRevision(digestConnection(server))).toEqual(withoutRevision(backupDigest));
    server.close();
    expect(withoutRevision(digestDatabase(live))).toEqual(withoutRevision(backupDigest));
    expect(verifyDatabaseFile(live)).toMatchObject({ ok: true });

    // The database as it was before the restore is kept, whole.
    const pre = readdirSync(backups).filter((name) => name.startsWith('pre-restore-'));
    expect(pre).toHaveLength(1);
    expect(digestDatabase(path.join(backups, pre[0]!))).toEqual(beforeRestore);
  }, 60_000);

  describe('refuses a bad file with nothing changed', () => {
    const live = () => path.join(dir, 'refuse', 'app.db');
    const backups = () => path.join(dir, 'refuse-backups');
    let good: string;
    let before: Record<string, { rows: number; sha256: string }>;

    beforeAll(async () => {
      makeDatabase(live(), 400);
      good = await backupDatabase(live(), path.join(dir, 'refuse-source'));
      const sqlite = new Database(live());
      sqlite.prepare("UPDATE updates SET note = 'changed after the backup' WHERE id = 1").run();
      sqlite.close();
      before = digestDatabase(live());
    });

    function expectUnchanged() {
      expect(digestDatabase(live())).toEqual(before);
      expect(() => readdirSync(backups())).toThrow(/ENOENT/);
    }

    it('refuses a text file through the npm script, exit code 1 and a clear message', () => {
      const file = path.join(dir, 'notes.db');
      writeFileSync(file, 'Đây không phải cơ sở dữ liệu\n'.repeat(100));
      const result = runScript('restore', { DATABASE_PATH: live(), BACKUP_DIR: backups() }, [file]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Từ chối khôi phục');
      expect(result.stderr).toContain('not an SQLite database');
      expectUnchanged();
    });

    it('refuses a backup with a corrupted page', async () => {
      const file = path.join(dir, 'corrupt.db');
      copyFileSync(good, file);
      const pageSize = 4096;
      const pages = readFileSync(file).length / pageSize;
      expect(pages).toBeGreaterThan(20);
      const fd = openSync(file, 'r+');
      // Overwrite a page in the middle (a leaf of the updates table) with garbage.
      writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, Math.floor(pages / 2) * pageSize);
      closeSync(fd);
      const result = runScript('restore', { DATABASE_PATH: live(), BACKUP_DIR: backups() }, [file]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Từ chối khôi phục.*(corrupt|unreadable)/);
      expectUnchanged();
    });

    it.each([
      ['an empty file', (file: string) => writeFileSync(file, '')],
      ['a truncated backup', (file: string) => writeFileSync(file, readFileSync(good).subarray(0, 8192 * 2))],
      [
        'an SQLite database of another app',
        (file: string) => {
          const other = new Database(file);
          other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (1)');
          other.close();
        },
      ],
      ['a missing file', () => undefined],
    ])('refuses %s', async (_label, make) => {
      const file = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.db`);
      make(file);
      await expect(restoreDatabase(file, live(), backups())).rejects.toThrow(BackupError);
      await expect(restoreDatabase(file, live(), backups())).rejects.toThrow(/Từ chối khôi phục/);
      expectUnchanged();
    });

    it('refuses to restore the live database onto itself', async () => {
      await expect(restoreDatabase(live(), live(), backups())).rejects.toThrow(/chính là cơ sở dữ liệu đang dùng/);
      expectUnchanged();
    });
  });

  it('fails clearly and writes nothing when there is no database to back up', () => {
    const missing = path.join(dir, 'nowhere', 'app.db');
    const result = runScript('backup', { DATABASE_PATH: missing, BACKUP_DIR: path.join(dir, 'none') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('database not found');
    expect(() => readdirSync(path.dirname(missing))).toThrow(/ENOENT/);
    expect(() => readdirSync(path.join(dir, 'none'))).toThrow(/ENOENT/);
  });
});
