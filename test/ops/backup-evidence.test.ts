import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '@/db/backup';
import { backupEvidenceDir, evidenceDirFor } from '@/db/evidence-files';
import { makeDatabase } from './db-fixture';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rt-evidence-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Adds an evidence row for update 1 and writes its file where the app keeps evidence. */
function addEvidence(dbFile: string, key: string, bytes: string): void {
  const file = path.join(evidenceDirFor(dbFile), key);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  const sqlite = new Database(dbFile);
  try {
    sqlite
      .prepare(
        `INSERT INTO evidence_files (update_id, file_name, mime_type, size, sha256, storage_key, uploaded_by)
         VALUES (1, 'bien-ban.pdf', 'application/pdf', ?, 'x', ?, 1)`,
      )
      .run(bytes.length, key);
  } finally {
    sqlite.close();
  }
}

describe('evidence files in backups', () => {
  it('copies the files the backup refers to, and a restore puts them back', async () => {
    const live = path.join(dir, 'live', 'app.db');
    mkdirSync(path.dirname(live), { recursive: true });
    makeDatabase(live, 3);
    addEvidence(live, '1/aa11.pdf', '%PDF-1.7 biên bản họp');
    addEvidence(live, '1/bb22.png', 'PNG ảnh hiện trường');

    const backup = await backupDatabase(live, path.join(dir, 'backups'));
    expect(readFileSync(path.join(backupEvidenceDir(backup), '1/aa11.pdf'), 'utf8')).toBe('%PDF-1.7 biên bản họp');
    expect(readFileSync(path.join(backupEvidenceDir(backup), '1/bb22.png'), 'utf8')).toBe('PNG ảnh hiện trường');

    // The disk holding the evidence is lost; restoring the backup brings the files back.
    rmSync(evidenceDirFor(live), { recursive: true, force: true });
    await restoreDatabase(backup, live, path.join(dir, 'backups'));
    expect(readFileSync(path.join(evidenceDirFor(live), '1/aa11.pdf'), 'utf8')).toBe('%PDF-1.7 biên bản họp');
    expect(existsSync(path.join(evidenceDirFor(live), '1/bb22.png'))).toBe(true);
  });

  it('never follows a storage key that leaves the evidence folder', async () => {
    const live = path.join(dir, 'hostile', 'app.db');
    mkdirSync(path.dirname(live), { recursive: true });
    makeDatabase(live, 1);
    writeFileSync(path.join(dir, 'hostile', 'secret.txt'), 'không được sao chép');
    const sqlite = new Database(live);
    sqlite
      .prepare(
        `INSERT INTO evidence_files (update_id, file_name, mime_type, size, sha256, storage_key, uploaded_by)
         VALUES (1, 'x', 'text/plain', 1, 'x', '../secret.txt', 1)`,
      )
      .run();
    sqlite.close();
    const backup = await backupDatabase(live, path.join(dir, 'hostile-backups'));
    expect(existsSync(path.join(backupEvidenceDir(backup), '..', 'secret.txt'))).toBe(false);
    expect(existsSync(backupEvidenceDir(backup))).toBe(false);
  });
});
