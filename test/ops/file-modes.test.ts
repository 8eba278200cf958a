// The database holds password hashes and every update: its file, its -wal and -shm, the backups and
// the evidence files are created readable by the app's own account only (mode 600).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '@/db/backup';
import { openSqlite } from '@/db/client';
import { makeDatabase } from './db-fixture';

let dir: string;
const previousUmask = process.umask(0o022); // the usual umask: new files would be 644
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rt-modes-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  process.umask(previousUmask);
});

const mode = (file: string) => statSync(file).mode & 0o777;

describe('file modes', () => {
  it('creates the database, its -wal and -shm with mode 600', () => {
    const file = path.join(dir, 'live', 'app.db');
    makeDatabase(file, 3);
    const sqlite = openSqlite(file);
    try {
      sqlite.prepare("UPDATE organizations SET name = name || '' WHERE id = 1").run();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f).toString(8), f).toBe('600');
    } finally {
      sqlite.close();
    }
  });

  it('creates backups, pre-restore copies and a restored database with mode 600', async () => {
    const live = path.join(dir, 'live', 'app.db');
    const backups = path.join(dir, 'backups');
    const backup = await backupDatabase(live, backups);
    expect(mode(backup).toString(8)).toBe('600');
    const fresh = path.join(dir, 'restored', 'app.db');
    await restoreDatabase(backup, fresh, backups);
    expect(mode(fresh).toString(8)).toBe('600');
    await restoreDatabase(backup, live, backups);
    for (const name of readdirSync(backups).filter((n) => n.endsWith('.db'))) {
      expect(mode(path.join(backups, name)).toString(8), name).toBe('600');
    }
  });
});
