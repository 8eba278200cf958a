import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { config } from '../lib/config';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export function databasePath(): string {
  return config().databaseFile;
}

/** Opens a connection with the pragmas every connection needs. */
export function openSqlite(file: string = databasePath()): Database.Database {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, traceOptions());
  sqlite.pragma('journal_mode = WAL');
  // Writers from other processes (seed, backup, a second server) wait instead of failing.
  sqlite.pragma('busy_timeout = 10000');
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

type Handle = { file: string; sqlite: Database.Database; db: Db };

// Kept on globalThis so dev-mode module reloads reuse one connection per process.
const holder = globalThis as unknown as { __resolutionTrackerDb?: Handle };

/** The process-wide connection, opened lazily so build workers that import this never open a file. */
export function getDb(): Db {
  return handle().db;
}

export function getSqlite(): Database.Database {
  return handle().sqlite;
}

/** Statements kept compiled per connection: more than the distinct statements the app runs. */
export const statementCacheSize = 300;

/**
 * Keeps the connection's compiled statements, keyed by their SQL text. Drizzle prepares (compiles)
 * every statement anew on each call, and compiling was about a third of the SQL time of a page;
 * values are always bound as parameters, so the same text is the same statement. A statement is
 * handed out again only when idle and with its row mode reset (drizzle switches raw mode on for
 * some reads), so it behaves as a freshly prepared one. Least recently used ones are dropped.
 */
export function cacheStatements(sqlite: Database.Database, size = statementCacheSize): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      cache.delete(source);
      cache.set(source, cached);
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = prepare(source);
    cache.set(source, statement);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return statement;
  }) as typeof sqlite.prepare;
}

function handle(): Handle {
  const file = databasePath();
  const current = holder.__resolutionTrackerDb;
  if (current && current.file === file && current.sqlite.open) return current;
  const sqlite = openSqlite(file);
  cacheStatements(sqlite);
  const next = { file, sqlite, db: createDb(sqlite) };
  holder.__resolutionTrackerDb = next;
  return next;
}

/** Closes the process-wide connection (tests, scripts). */
export function closeDb(): void {
  holder.__resolutionTrackerDb?.sqlite.close();
  holder.__resolutionTrackerDb = undefined;
}
