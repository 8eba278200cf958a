import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import {
  accessSync,
  appendFileSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { config } from '../lib/config';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export function databasePath(): string {
  return config().databaseFile;
}

/**
 * How long a write waits for another connection's lock before it is refused as busy (SQLITE_BUSY,
 * shown as "Hệ thống đang bận"). better-sqlite3 is synchronous: while a write waits, this whole
 * process waits, so the bound is short. Writes are short IMMEDIATE transactions (milliseconds),
 * so only a backup, a restore or a long script holds the lock for longer than this.
 */
export const busyTimeoutMs = 2000;

/**
 * Creates `file` empty with mode 600 when it does not exist yet, so a database (or a backup of
 * one: password hashes, every update) is never readable by other accounts. SQLite gives its -wal
 * and -shm files the database file's mode.
 */
export function createPrivateFile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  if (existsSync(file)) return;
  closeSync(openSync(file, 'a', 0o600));
  // The umask cannot widen 600, but a file created by a racing process keeps its own mode.
  chmodSync(file, 0o600);
}

/** Opens a connection with the pragmas every connection needs. */
export function openSqlite(file: string = databasePath()): Database.Database {
  createPrivateFile(file);
  const sqlite = new Database(file, traceOptions());
  sqlite.pragma('journal_mode = WAL');
  // Writers from other processes (a second server, backup, restore, seed) wait, within a bound.
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  return sqlite;
}

/**
 * SQL_TRACE_FILE=<path> appends every statement this process executes (one line each, values
 * inlined) to that file. Off unless set: the scale tests count statements per page with it.
 */
function traceOptions(): Database.Options {
  const traceFile = config().SQL_TRACE_FILE;
  if (!traceFile) return {};
  return {
    verbose: (message) =>
      appendFileSync(/*turbopackIgnore: true*/ traceFile, `${String(message).replace(/\s+/g, ' ')}\n`),
  };
}

export function createDb(sqlite: Database.Database): Db {
  return drizzle(sqlite, { schema });
}

/**
 * A hot query that Drizzle prepares once per connection (`.prepare()`) rather than on every call.
 * Keyed by the connection, since the process reopens it after a restore or a read-only spell.
 */
export function preparedQuery<T>(build: (db: Db) => T): () => T {
  const byConnection = new WeakMap<Db, T>();
  return () => {
    const db = getDb();
    let statement = byConnection.get(db);
    if (!statement) {
      statement = build(db);
      byConnection.set(db, statement);
    }
    return statement;
  };
}

type Handle = {
  file: string;
  sqlite: Database.Database;
  db: Db;
  /** When the connection was found opened read-only, else null. */
  readOnlySince: number | null;
  checkedAt: number;
};

// Kept on globalThis so dev-mode module reloads reuse one connection per process.
const holder = globalThis as unknown as { __resolutionTrackerDb?: Handle };

/** The process-wide connection, opened lazily so build workers that import this never open a file. */
export function getDb(): Db {
  return handle().db;
}

export function getSqlite(): Database.Database {
  return handle().sqlite;
}

/**
 * Whether this process may write `file` (and create its -wal and -shm beside it). SQLite opens a
 * database it cannot write read-only without saying so, and such a connection stays read-only
 * for good: the handle remembers it and looks again, at most once per back-off, for the moment
 * the file or filesystem is writable again.
 */
function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(path.dirname(file), constants.W_OK);
  } catch {
    return false;
  }
  // A read-only connection created the -wal and -shm with the read-only mode of its time; once the
  // database file is writable again they take its mode (as SQLite would have given them).
  const mode = statSync(file).mode & 0o777;
  for (const sidecar of [`${file}-wal`, `${file}-shm`]) {
    try {
      accessSync(sidecar, constants.W_OK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      try {
        chmodSync(sidecar, mode);
      } catch {
        return false;
      }
    }
  }
  return true;
}

/** How often a read-only (or unopenable) database is looked at again. */
export const reopenBackoffMs = 1000;

type Failure = { file: string; error: unknown; at: number };
const failed = globalThis as unknown as { __resolutionTrackerDbFailure?: Failure };

function handle(): Handle {
  const file = databasePath();
  const current = holder.__resolutionTrackerDb;
  if (current && current.file === file && current.sqlite.open) {
    if (current.readOnlySince === null) return current;
    // Opened read-only: reopen once the condition is fixed, checked at most once per back-off.
    const now = Date.now();
    if (now - current.checkedAt < reopenBackoffMs) return current;
    current.checkedAt = now;
    if (!writable(file)) return current;
    closeDb();
  }
  // A database that could not be opened (missing directory rights, a full or broken disk) is
  // tried again after the back-off, not on every request in between.
  const failure = failed.__resolutionTrackerDbFailure;
  if (failure && failure.file === file && Date.now() - failure.at < reopenBackoffMs) throw failure.error;
  let sqlite: Database.Database;
  try {
    sqlite = openSqlite(file);
    failed.__resolutionTrackerDbFailure = undefined;
  } catch (error) {
    failed.__resolutionTrackerDbFailure = { file, error, at: Date.now() };
    throw error;
  }
  const now = Date.now();
  const next: Handle = {
    file,
    sqlite,
    db: createDb(sqlite),
    readOnlySince: writable(file) ? null : now,
    checkedAt: now,
  };
  holder.__resolutionTrackerDb = next;
  return next;
}

/** Closes the process-wide connection (tests, scripts). */
export function closeDb(): void {
  holder.__resolutionTrackerDb?.sqlite.close();
  holder.__resolutionTrackerDb = undefined;
}
