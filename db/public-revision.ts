// Which version of the public data a database holds, shared by every server on it (one row of
// `public_revision`). Changes the public sees bump it; a restore renews its generation. Each server's
// page cache (lib/cache/memory-cache-handler.js) compares it, at most once a second, with the
// version its cached public pages were rendered from.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { Db } from './client';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const newGeneration = () => randomBytes(9).toString('base64url');

/**
 * Marks the public data changed, inside the caller's transaction, so the change and the mark
 * commit together: another server drops its cached public pages even if this one dies right after
 * the commit. revalidatePublicPages() bumps it again after the commit; call both.
 */
export function bumpPublicRevision(tx: Tx | Db): void {
  tx.run(
    sql`INSERT INTO public_revision (id, revision, generation) VALUES (1, 1, ${newGeneration()})
        ON CONFLICT(id) DO UPDATE SET revision = revision + 1`,
  );
}

/** The same on a raw connection (the server's hook for revalidatePublicPages()). */
export function bumpPublicRevisionOn(sqlite: Database.Database): void {
  sqlite
    .prepare(
      `INSERT INTO public_revision (id, revision, generation) VALUES (1, 1, ?)
       ON CONFLICT(id) DO UPDATE SET revision = revision + 1`,
    )
    .run(newGeneration());
}

/**
 * After a restore: the restored file may carry any revision (even the one the live database had),
 * so a new generation tells every server that what it cached is from another database.
 */
export function renewPublicGeneration(sqlite: Database.Database): void {
  sqlite
    .prepare(
      `INSERT INTO public_revision (id, revision, generation) VALUES (1, 0, ?)
       ON CONFLICT(id) DO UPDATE SET generation = excluded.generation`,
    )
    .run(newGeneration());
}

/** "generation:revision", or "none" on a database that never changed since it was created. */
export function readPublicRevision(sqlite: Database.Database): string {
  const row = sqlite.prepare('SELECT revision, generation FROM public_revision WHERE id = 1').get() as
    { revision: number; generation: string } | undefined;
  return row ? `${row.generation}:${row.revision}` : 'none';
}
