import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { AuthError } from '@/lib/auth/auth-error';
import { databaseFailure } from '@/lib/database-errors';
import { evidenceDirFor, writeEvidenceFile } from '../evidence-files';
import { cleanFileName, evidenceMaxBytes, sniffEvidence } from '@/lib/workflow/evidence-type';
import { isEditableState } from '@/lib/workflow/state-machine';
import { databasePath, getDb, type Db } from '../client';
import { evidenceFiles, updates } from '../schema';
import { writeAudit } from './audit';
import type { Actor } from './periods';
import { assertOfficer } from './role-checks';
import { readableScope } from './update-view';

// Evidence files of an update: stored beside the database (never under public/), typed by their
// content, attached and removed only while the update is the author organization's draft or
// returned update, and read only by that organization and the chair. Anyone else is refused
// with AuthError (403 for a role that never touches evidence, 404 for a file or update outside
// the reader's organization, as for a missing one); the typed codes are the uploader's own
// problems (an update no longer editable, a bad file, a full disk).

export const evidencePerUpdateLimit = 10;

export type EvidenceError =
  'not_editable' | 'empty' | 'too_large' | 'bad_type' | 'too_many' | 'no_space' | 'busy' | 'failed';
export type EvidenceResult = { ok: true; id: number } | { ok: false; code: EvidenceError };

export function evidenceDir(): string {
  return evidenceDirFor(databasePath());
}

/** The update must be the officer's organization's (else AuthError) and still open to changes. */
function ownEditable(tx: Pick<Db, 'select'>, user: Actor, updateId: number): EvidenceError | null {
  const organizationId = assertOfficer(user);
  const row = tx
    .select({ state: updates.state })
    .from(updates)
    .where(and(eq(updates.id, updateId), eq(updates.organizationId, organizationId)))
    .get();
  if (!row) throw new AuthError(404);
  return isEditableState(row.state) ? null : 'not_editable';
}

export function addEvidence(user: Actor, updateId: number, file: { name: string; bytes: Uint8Array }): EvidenceResult {
  const db = getDb();
  const early = ownEditable(db, user, updateId);
  if (early) return { ok: false, code: early };
  if (file.bytes.byteLength === 0) return { ok: false, code: 'empty' };
  if (file.bytes.byteLength > evidenceMaxBytes) return { ok: false, code: 'too_large' };
  const kind = sniffEvidence(file.bytes, file.name);
  if (!kind) return { ok: false, code: 'bad_type' };

  // The file first (under a name nobody chose), then the row; a refused row removes the file.
  const storageKey = `${updateId}/${randomBytes(16).toString('hex')}.${kind.extension}`;
  const target = path.join(evidenceDir(), storageKey);
  try {
    writeEvidenceFile(target, file.bytes);
  } catch (error) {
    return { ok: false, code: storageFailure(error) };
  }
  try {
    const result = db.transaction(
      (tx): EvidenceResult => {
        const problem = ownEditable(tx, user, updateId);
        if (problem) return { ok: false, code: problem };
        const count =
          tx
            .select({ n: sql<number>`count(*)` })
            .from(evidenceFiles)
            .where(eq(evidenceFiles.updateId, updateId))
            .get()?.n ?? 0;
        if (count >= evidencePerUpdateLimit) return { ok: false, code: 'too_many' };
        const row = tx
          .insert(evidenceFiles)
          .values({
            updateId,
            fileName: cleanFileName(file.name, kind),
            mimeType: kind.mime,
            size: file.bytes.byteLength,
            sha256: createHash('sha256').update(file.bytes).digest('hex'),
            storageKey,
            uploadedBy: user.id,
          })
          .returning({ id: evidenceFiles.id })
          .get();
        writeAudit(tx, {
          actorId: user.id,
          action: 'evidence.add',
          entityType: 'update',
          entityId: updateId,
          details: { evidenceId: row.id, mimeType: kind.mime, size: file.bytes.byteLength },
        });
        return { ok: true, id: row.id };
      },
      { behavior: 'immediate' },
    );
    if (!result.ok) rmSync(target, { force: true });
    return result;
  } catch (error) {
    rmSync(target, { force: true });
    if (error instanceof AuthError) throw error;
    return { ok: false, code: storageFailure(error) };
  }
}

/** A failed write told as the uploader can act on it; anything unexpected is logged by the caller. */
function storageFailure(error: unknown): EvidenceError {
  const kind = databaseFailure(error);
  if (kind === 'full') return 'no_space';
  if (kind === 'busy') return 'busy';
  if (kind === null) throw error;
  return 'failed';
}

export function removeEvidence(user: Actor, evidenceId: number): { ok: true } | { ok: false; code: EvidenceError } {
  assertOfficer(user);
  const db = getDb();
  const removed = db.transaction(
    (tx) => {
      const row = tx
        .select({ updateId: evidenceFiles.updateId, storageKey: evidenceFiles.storageKey })
        .from(evidenceFiles)
        .where(eq(evidenceFiles.id, evidenceId))
        .get();
      if (!row) throw new AuthError(404);
      const problem = ownEditable(tx, user, row.updateId);
      if (problem) return { ok: false, code: problem } as const;
      tx.delete(evidenceFiles).where(eq(evidenceFiles.id, evidenceId)).run();
      writeAudit(tx, {
        actorId: user.id,
        action: 'evidence.remove',
        entityType: 'update',
        entityId: row.updateId,
        details: { evidenceId },
      });
      return { ok: true, storageKey: row.storageKey } as const;
    },
    { behavior: 'immediate' },
  );
  if (!removed.ok) return removed;
  // After the commit: a crash in between leaves an orphan file, never a row without its file.
  rmSync(path.join(evidenceDir(), removed.storageKey), { force: true });
  return { ok: true };
}

export type EvidenceDownload = { filePath: string; fileName: string; mimeType: string; size: number };

/** The file for a reader allowed to see its update (its organization or the chair); AuthError 404 otherwise. */
export function openEvidence(user: Actor, evidenceId: number): EvidenceDownload {
  const scope = readableScope(user);
  // Another organization's file looks like a missing one: the scope is in the WHERE clause.
  const row = getDb()
    .select({
      fileName: evidenceFiles.fileName,
      mimeType: evidenceFiles.mimeType,
      size: evidenceFiles.size,
      storageKey: evidenceFiles.storageKey,
    })
    .from(evidenceFiles)
    .innerJoin(updates, eq(updates.id, evidenceFiles.updateId))
    .where(and(eq(evidenceFiles.id, evidenceId), scope))
    .get();
  if (!row) throw new AuthError(404);
  const root = evidenceDir();
  const filePath = path.resolve(root, row.storageKey);
  // Keys are generated here, but a tampered row must still not reach outside the folder.
  if (!filePath.startsWith(root + path.sep)) throw new AuthError(404, 'storage_key');
  return { filePath, fileName: row.fileName, mimeType: row.mimeType, size: row.size };
}
