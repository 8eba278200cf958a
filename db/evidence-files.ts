import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/** Evidence files live beside the database they belong to, never under public/. */
export function evidenceDirFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'evidence');
}

/**
 * Writes an evidence file under its final name only once all its bytes are on disk (written to
 * `<target>.part`, flushed, then renamed), mode 600. On any failure — a full disk (ENOSPC), a
 * read-only one — the partial file is removed before the error is passed on, so a failed upload
 * never leaves bytes behind to fill the disk.
 */
export function writeEvidenceFile(target: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const partial = `${target}.part`;
  let fd: number | null = null;
  try {
    fd = openSync(partial, 'wx', 0o600);
    for (let offset = 0; offset < bytes.byteLength;) {
      offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(partial, target);
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // Already failing: the removal below matters more than this close.
      }
    }
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Age after which a `.part` file can only be a crashed upload's leftover (an upload takes seconds). */
export const staleUploadMs = 10 * 60 * 1000;

/**
 * Removes `.part` files older than `olderThanMs` under the evidence directory: what an upload cut
 * short by a crash or a kill left behind. Run at start-up; returns how many were removed.
 */
export function removeStaleEvidenceParts(dir: string, olderThanMs = staleUploadMs): number {
  if (!existsSync(dir)) return 0;
  const cutoff = Date.now() - olderThanMs;
  let removed = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.part')) continue;
    const file = path.join(entry.parentPath, entry.name);
    try {
      if (olderThanMs > 0 && statSync(file).mtimeMs > cutoff) continue;
      rmSync(file, { force: true });
      removed++;
    } catch {
      // Gone in between (another server cleaning up, or the upload finishing): nothing to do.
    }
  }
  return removed;
}

/** Where a backup file's evidence files are kept: "app-….db" → "app-….db.evidence/". */
export function backupEvidenceDir(backupFile: string): string {
  return `${backupFile}.evidence`;
}

function storageKeys(databaseFile: string): string[] {
  const sqlite = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite.prepare('SELECT storage_key AS key FROM evidence_files ORDER BY id').all() as { key: string }[];
    // Keys are written by the app as "<update id>/<random hex>.<ext>"; anything else is not followed.
    return rows.map((r) => r.key).filter((key) => /^\d+\/[0-9a-f]+\.[a-z0-9]+$/.test(key));
  } finally {
    sqlite.close();
  }
}

export type EvidenceCopy = { copied: number; missing: string[] };

/**
 * Copies the evidence files that the database copy `backupFile` refers to. Evidence files are
 * never changed once written, so copying them after the database snapshot gives a consistent set;
 * a file removed in between is reported as missing rather than failing the backup.
 */
export function backupEvidence(backupFile: string, liveEvidenceDir: string): EvidenceCopy {
  return copyKeys(storageKeys(backupFile), liveEvidenceDir, backupEvidenceDir(backupFile), true);
}

/**
 * Puts a backup's evidence files back; files already present (same key, same bytes) stay. The
 * keys are read from `keysFrom` (the backup migrated to this version) when given.
 */
export function restoreEvidence(backupFile: string, liveEvidenceDir: string, keysFrom = backupFile): EvidenceCopy {
  const from = backupEvidenceDir(backupFile);
  if (!existsSync(from)) return { copied: 0, missing: [] };
  return copyKeys(storageKeys(keysFrom), from, liveEvidenceDir, false);
}

function copyKeys(keys: string[], fromDir: string, toDir: string, overwrite: boolean): EvidenceCopy {
  const missing: string[] = [];
  let copied = 0;
  for (const key of keys) {
    const from = path.join(fromDir, key);
    const to = path.join(toDir, key);
    if (!existsSync(from)) {
      missing.push(key);
      continue;
    }
    if (!overwrite && existsSync(to)) continue;
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
    copied++;
  }
  return { copied, missing };
}
