// Brings a database file up to date before anything uses it: migrations, then the seed.
// Used by scripts/prepare-db.ts (npm start's prestart) and by the server's start-up hook.
import { config } from '../lib/config';
import { createDb, openSqlite } from './client';
import { evidenceDirFor, removeStaleEvidenceParts } from './evidence-files';
import { migrateDb, withStartupLock } from './migrate';
import { seedDatabase, type SeedResult } from './seed/seed';

export type PrepareOptions = { seedPassword?: string; log?: (message: string) => void };

/**
 * Migrates and seeds `file` under the start-up lock, so servers and scripts starting together
 * take turns (the second finds nothing to do). Prints nothing itself: the result carries any
 * generated passwords, and only the prestart script shows them. Throws ResolutionParseError
 * when a resolution document cannot be read; nothing is written then.
 */
export function prepareDatabase(file: string, options: PrepareOptions = {}): SeedResult {
  const seedPassword = options.seedPassword ?? config().SEED_PASSWORD;
  return withStartupLock(file, () => {
    const sqlite = openSqlite(file);
    try {
      const db = createDb(sqlite);
      migrateDb(db);
      // Uploads cut short by a crash or a kill leave `.part` files that nothing else removes.
      removeStaleEvidenceParts(evidenceDirFor(file));
      return seedDatabase(db, { seedPassword, log: options.log });
    } finally {
      sqlite.close();
    }
  });
}
