import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createDb, openSqlite, type Db } from './client';

export const migrationsFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'drizzle');

/**
 * Runs `work` while holding an exclusive lock shared by every process using this database.
 * Drizzle's migrator reads its journal before it writes, so two processes starting together
 * would both try to apply the same migration; a write transaction on a side lock file
 * serialises them (the second waits, then finds nothing left to do).
 */
export function withStartupLock<T>(databaseFile: string, work: () => T): T {
  mkdirSync(path.dirname(databaseFile), { recursive: true });
  const lock = new Database(`${databaseFile}.startup-lock`);
  try {
    lock.pragma('busy_timeout = 60000');
    lock.exec('CREATE TABLE IF NOT EXISTS startup_lock (id INTEGER PRIMARY KEY)');
    lock.exec('BEGIN IMMEDIATE');
    try {
      return work();
    } finally {
      lock.exec('ROLLBACK');
    }
  } finally {
    lock.close();
  }
}

/**
 * Applies pending migrations. A migration that changes a column (SQLite rebuilds the table: new
 * table, copy, drop, rename) must run with foreign keys off, or dropping a table that other rows
 * refer to fails; the migrator runs inside a transaction, where the pragma is ignored, so it is
 * switched here, around it, as SQLite's documented procedure does, and the references are checked
 * before it is switched back on.
 */
export function migrateDb(db: Db): void {
  db.run(sql`PRAGMA foreign_keys = OFF`);
  try {
    migrate(db, { migrationsFolder });
    const broken = db.all(sql`PRAGMA foreign_key_check`);
    if (broken.length > 0) throw new Error(`Migration left ${broken.length} broken foreign key(s)`);
  } finally {
    db.run(sql`PRAGMA foreign_keys = ON`);
  }
}

/** Opens `file`, applies every pending migration under the start-up lock, and closes it. */
export function migrateFile(file: string): void {
  withStartupLock(file, () => {
    const sqlite = openSqlite(file);
    try {
      migrateDb(createDb(sqlite));
    } finally {
      sqlite.close();
    }
  });
}
