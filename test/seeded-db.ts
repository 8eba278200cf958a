// A real SQLite file in a temporary folder, migrated and seeded as on first start, for
// integration tests of the data layer. Seeding hashes 11 passwords: open one per test file.
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, openSqlite, type Db } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { seedDatabase } from '@/db/seed/seed';

export type SeededDb = { sqlite: Database.Database; db: Db; file: string; close: () => void };

export function openSeededDb(prefix: string): SeededDb {
  const root = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  const file = path.join(root, 'app.db');
  const sqlite = openSqlite(file);
  const db = createDb(sqlite);
  migrateDb(db);
  seedDatabase(db, { seedPassword: 'test-password-123' });
  return {
    sqlite,
    db,
    file,
    close: () => {
      sqlite.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export { insertUpdate } from './update-rows';
