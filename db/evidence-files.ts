import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** Evidence files live beside the database they belong to, never under public/. */
export function evidenceDirFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'evidence');
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
