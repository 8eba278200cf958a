import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { verifyDatabaseFile } from './backup-verify';
import { backupEvidence, evidenceDirFor, restoreEvidence } from './evidence-files';
import { busyTimeoutMs, createPrivateFile } from './client';
import { migrateFile } from './migrate';
import { config } from '../lib/config';
import { renewPublicGeneration } from './public-revision';

export { verifyDatabaseFile, type Verification } from './backup-verify';

export function backupDirectory(): string {
  return config().backupDir;
}

/** Raised when a file is refused or a step fails; `message` is meant for the operator. */
export class BackupError extends Error {}

// Returned from the progress callback: copy every remaining page in ONE step. A step reads the
// source inside one read transaction, so writers on other connections (the running server) cannot
// make the copy restart, and a restore writes the destination in one write transaction.
const allPages = 0x7fffffff;

function timestamp(date = new Date()): string {
  // 2025-03-01T07-05-09Z: sorts by time, no ':' (Windows, scp), UTC so cron and DST don't collide.
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}

function freshName(dir: string, prefix: string): string {
  const base = `${prefix}-${timestamp()}`;
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? `${base}.db` : `${base}-${n}.db`);
    if (!existsSync(candidate) && !existsSync(`${candidate}.partial`)) return candidate;
  }
}

function openExisting(file: string): Database.Database {
  if (!existsSync(file)) throw new BackupError(`Không có cơ sở dữ liệu tại ${file} (database not found).`);
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma('busy_timeout = 10000');
  return sqlite;
}

export type BackupOptions = { prefix?: string; verify?: boolean };

/**
 * Online backup of the live database `source` into a new dated file in `dir`, through SQLite's
 * backup API (a page-consistent snapshot even while the server writes), never a file copy.
 * The copy is switched to a single self-contained file (journal_mode DELETE), verified, and only
 * then given its final name; a failed backup leaves no file behind. Returns the file's path.
 */
export async function backupDatabase(source: string, dir: string, options: BackupOptions = {}): Promise<string> {
  const { prefix = 'app', verify = true } = options;
  const sqlite = openExisting(source);
  mkdirSync(dir, { recursive: true });
  const target = freshName(dir, prefix);
  const partial = `${target}.partial`;
  try {
    createPrivateFile(partial);
    await sqlite.backup(partial, { progress: () => allPages });
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`Sao lưu thất bại (backup failed): ${(error as Error).message}`);
  } finally {
    sqlite.close();
  }

  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  if (verify) {
    const check = verifyDatabaseFile(partial);
    if (!check.ok) {
      rmSync(partial, { force: true });
      throw new BackupError(`Bản sao lưu không hợp lệ, đã xóa (backup failed verification): ${check.reason}`);
    }
  }
  renameSync(partial, target);
  // The evidence files the snapshot refers to go beside it, so a backup is the whole of the data.
  const evidence = backupEvidence(target, evidenceDirFor(source));
  if (evidence.missing.length > 0) {
    console.warn(
      `Thiếu ${evidence.missing.length} tệp minh chứng (evidence files missing): ${evidence.missing.join(', ')}`,
    );
  }
  return target;
}

export type RestoreResult = { restored: string; preRestoreBackup: string | null };

/**
 * Restores `file` into the database at `target`, safe while the server is running:
 *  1. `file` is verified (integrity, foreign keys, this app's migration history and every column
 *     of every table at its own migration level); a bad file is refused and nothing is written;
 *  2. a COPY of it, beside the target, is migrated to this version and verified again against the
 *     current schema: a file that cannot be brought forward is refused, nothing replaced;
 *  3. the current database is backed up (prefix "pre-restore") so the restore can be undone;
 *  4. the backup API copies the migrated copy into the live database in one write transaction
 *     (waiting for the server's writes to finish), so the server's open connections see the old
 *     database or the restored one, never a mix; the result is checked once more.
 */
export async function restoreDatabase(file: string, target: string, dir: string): Promise<RestoreResult> {
  const source = path.resolve(file);
  if (source === path.resolve(target)) {
    throw new BackupError('Tệp cần khôi phục chính là cơ sở dữ liệu đang dùng (the file is the live database).');
  }
  const check = verifyDatabaseFile(source);
  if (!check.ok) throw new BackupError(`Từ chối khôi phục (restore refused): ${check.reason}. Không có gì thay đổi.`);

  const staging = `${target}.restore-${timestamp()}-${process.pid}.tmp`;
  try {
    await stage(source, staging);
    const preRestoreBackup = existsSync(target)
      ? await backupDatabase(target, dir, { prefix: 'pre-restore', verify: false })
      : null;
    await replaceLive(staging, target, preRestoreBackup);
    restoreEvidence(source, evidenceDirFor(target), staging);
    return { restored: target, preRestoreBackup };
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal', '.startup-lock'])
      rmSync(`${staging}${suffix}`, { force: true });
  }
}

/** Copies `source` to `staging`, migrates the copy to this version and verifies it. */
async function stage(source: string, staging: string): Promise<void> {
  createPrivateFile(staging);
  const from = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await from.backup(staging, { progress: () => allPages });
  } finally {
    from.close();
  }
  try {
    migrateFile(staging);
  } catch (error) {
    throw new BackupError(
      `Từ chối khôi phục (restore refused): không cập nhật được cấu trúc của bản sao lưu (migration failed on a copy: ${(error as Error).message}). Không có gì thay đổi.`,
    );
  }
  const migrated = new Database(staging, { fileMustExist: true });
  try {
    // Every server running on the live database drops the pages and figures it cached from the old
    // data within a second: it compares this generation with the one its cache was filled from.
    renewPublicGeneration(migrated);
    // One self-contained file to copy from: everything the migration wrote is in it.
    migrated.pragma('journal_mode = DELETE');
  } finally {
    migrated.close();
  }
  const after = verifyDatabaseFile(staging, { requireCurrent: true });
  if (!after.ok) {
    throw new BackupError(`Từ chối khôi phục (restore refused): ${after.reason}. Không có gì thay đổi.`);
  }
}

/** Copies the verified, migrated `staging` file into the live database and checks the result. */
async function replaceLive(staging: string, target: string, preRestoreBackup: string | null): Promise<void> {
  createPrivateFile(target);
  const from = new Database(staging, { readonly: true, fileMustExist: true });
  try {
    await from.backup(target, { progress: () => allPages });
  } catch (error) {
    throw new BackupError(
      `Khôi phục thất bại (restore failed): ${(error as Error).message}. Bản trước khi khôi phục: ${preRestoreBackup ?? '—'}`,
    );
  } finally {
    from.close();
  }
  // A database restored into a fresh path still has its own journal mode; the app runs on WAL.
  const live = new Database(target, { fileMustExist: true });
  try {
    live.pragma(`busy_timeout = ${busyTimeoutMs}`);
    live.pragma('journal_mode = WAL');
  } finally {
    live.close();
  }
  const after = verifyDatabaseFile(target, { requireCurrent: true });
  if (!after.ok) {
    throw new BackupError(
      `Kiểm tra sau khôi phục thất bại (${after.reason}). Bản trước khi khôi phục: ${preRestoreBackup ?? '—'}`,
    );
  }
}
