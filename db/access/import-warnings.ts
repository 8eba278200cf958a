import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { resolutions, type ImportWarning } from '../schema';
import { writeAudit } from './audit';
import { assertRole, type CurrentUser } from './session';

export type ResolutionWarnings = { resolutionId: number; year: number; title: string; warnings: ImportWarning[] };

/**
 * What the importer noticed but would not decide (e.g. the poor-household rate written as
 * 1,25 % in II.2.1 and 1,45 % in III.3): shown to the administrator, never silently resolved.
 */
export function listImportWarnings(actor: CurrentUser, db: Db = getDb()): ResolutionWarnings[] {
  assertRole(actor, ['admin']);
  return db
    .select({
      resolutionId: resolutions.id,
      year: resolutions.year,
      title: resolutions.title,
      warnings: resolutions.importWarnings,
    })
    .from(resolutions)
    .orderBy(desc(resolutions.year))
    .all();
}

/** The warnings still waiting for the administrator (the /admin banner counts these). */
export function countOpenImportWarnings(actor: CurrentUser, db: Db = getDb()): number {
  return listImportWarnings(actor, db).reduce((n, r) => n + r.warnings.filter((w) => !w.handledAt).length, 0);
}

export type MarkHandledResult = { ok: true } | { ok: false; code: 'not_found' | 'already' };

/**
 * Marks one warning handled (the office checked it and decided; the resolution's text stays as
 * issued), with who and when, audited in the same transaction. The warning is named by its place
 * in the list and its code, so a list changed meanwhile is refused rather than the wrong one marked.
 */
export function markImportWarningHandled(
  actor: CurrentUser,
  input: { resolutionId: number; index: number; code: string },
  options: { ip?: string | null; db?: Db; now?: number } = {},
): MarkHandledResult {
  assertRole(actor, ['admin']);
  const db = options.db ?? getDb();
  return db.transaction(
    (tx) => {
      const row = tx
        .select({ warnings: resolutions.importWarnings })
        .from(resolutions)
        .where(eq(resolutions.id, input.resolutionId))
        .get();
      const warning = row?.warnings[input.index];
      if (!row || !warning || warning.code !== input.code) return { ok: false, code: 'not_found' } as const;
      if (warning.handledAt) return { ok: false, code: 'already' } as const;
      const handledAt = options.now ?? Date.now();
      const warnings = row.warnings.map((w, i) =>
        i === input.index ? { ...w, handledAt, handledBy: actor.displayName } : w,
      );
      tx.update(resolutions).set({ importWarnings: warnings }).where(eq(resolutions.id, input.resolutionId)).run();
      writeAudit(tx, {
        actorId: actor.id,
        action: 'import_warning.handled',
        entityType: 'resolution',
        entityId: input.resolutionId,
        details: { index: input.index, code: warning.code, message: warning.message },
        ip: options.ip ?? null,
      });
      return { ok: true } as const;
    },
    { behavior: 'immediate' },
  );
}
