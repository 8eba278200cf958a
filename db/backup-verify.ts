import Database from 'better-sqlite3';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { migrationsFolder } from './migrate';

export type Verification = { ok: true; tables: number; migrations: number } | { ok: false; reason: string };

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');
// A database of this app has these; a valid SQLite file without them is some other database.
const requiredTables = ['__drizzle_migrations', 'users', 'organizations', 'updates', 'audit_log'];

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(sqliteHeader.length);
    readSync(fd, buffer, 0, buffer.length, 0);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

type JournalEntry = { when: number; tag: string };

/** This code's migrations (drizzle's journal), oldest first. */
function knownMigrations(): JournalEntry[] {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return [...journal.entries].sort((a, b) => a.when - b.when);
}

type Columns = Map<string, string>;
const referenceSchemas = new Map<string, Columns>();

/** Each table's columns (name, type, not null, default, primary key), in order, one string per table. */
function columnsOf(sqlite: Database.Database): Columns {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '__drizzle_migrations'",
    )
    .pluck()
    .all() as string[];
  const columns: Columns = new Map();
  for (const table of tables) {
    const info = sqlite.prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)').all(table);
    columns.set(table, JSON.stringify(info));
  }
  return columns;
}

/**
 * The tables and columns this app's first `count` migrations make, from a scratch in-memory
 * database: what a genuine database (or backup) at that migration level must hold exactly.
 */
function referenceSchema(migrations: JournalEntry[]): Columns {
  const key = migrations.map((m) => m.tag).join('|');
  const known = referenceSchemas.get(key);
  if (known) return known;
  const scratch = new Database(':memory:');
  try {
    for (const migration of migrations) {
      const text = readFileSync(path.join(migrationsFolder, `${migration.tag}.sql`), 'utf8');
      for (const statement of text.split('--> statement-breakpoint')) {
        if (statement.trim()) scratch.exec(statement);
      }
    }
    const columns = columnsOf(scratch);
    referenceSchemas.set(key, columns);
    return columns;
  } finally {
    scratch.close();
  }
}

/** Why the file's tables are not those of this app at its migration level, or null when they are. */
function schemaProblem(sqlite: Database.Database, applied: number[], requireCurrent: boolean): string | null {
  const known = knownMigrations();
  const level = applied.length;
  const expectedRecords = known.slice(0, level).map((m) => m.when);
  if (level === 0 || applied.some((when, i) => when !== expectedRecords[i])) {
    return 'lịch sử cập nhật cấu trúc (migrations) không khớp với phần mềm này (migration history does not match this app)';
  }
  if (requireCurrent && level !== known.length) {
    return `cấu trúc chưa được cập nhật đến phiên bản hiện tại (schema at migration ${level} of ${known.length})`;
  }
  const expected = referenceSchema(known.slice(0, level));
  const actual = columnsOf(sqlite);
  for (const [table, columns] of expected) {
    const found = actual.get(table);
    if (found === undefined) return `thiếu bảng ${table} (table missing)`;
    if (found !== columns) {
      return `các cột của bảng ${table} khác với cấu trúc của hệ thống này (columns of table ${table} do not match)`;
    }
  }
  return null;
}

/**
 * Checks that `file` is a whole, consistent database of this app, without changing it:
 * the SQLite header, `PRAGMA integrity_check` = ok, an empty `PRAGMA foreign_key_check`, no
 * migration newer than this code knows, this app's migration history, and every column of
 * every table exactly as this app's migrations made it at the file's own level (an older backup
 * passes; `requireCurrent` asks for the newest level, as after migrating a copy). Reasons are in Vietnamese
 * first, then English, because they are shown to the ward's operator.
 */
export function verifyDatabaseFile(file: string, options: { requireCurrent?: boolean } = {}): Verification {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, reason: `không phải một tệp (not a file): ${file}` };
    size = stat.size;
  } catch {
    return { ok: false, reason: `không tìm thấy tệp (file not found): ${file}` };
  }
  if (size < 512 || !readHeader(file).equals(sqliteHeader)) {
    return { ok: false, reason: `tệp không phải cơ sở dữ liệu SQLite (not an SQLite database): ${file}` };
  }

  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = sqlite.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
      const first = integrity
        .slice(0, 3)
        .map((row) => row.integrity_check)
        .join('; ');
      return { ok: false, reason: `tệp bị hỏng, integrity_check báo lỗi (corrupt database): ${first}` };
    }
    const tables = new Set(
      (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (row) => row.name,
      ),
    );
    const missing = requiredTables.filter((name) => !tables.has(name));
    if (missing.length > 0) {
      return {
        ok: false,
        reason: `không phải cơ sở dữ liệu của hệ thống này, thiếu bảng ${missing.join(', ')} (not a Resolution Tracker database)`,
      };
    }
    const orphans = sqlite.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) {
      return { ok: false, reason: `${orphans.length} dòng vi phạm khóa ngoại (foreign_key_check failed)` };
    }
    const applied = sqlite
      .prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at')
      .pluck()
      .all()
      .map(Number);
    const newestKnown = Math.max(0, ...knownMigrations().map((m) => m.when));
    if (applied.some((when) => when > newestKnown)) {
      return {
        ok: false,
        reason:
          'bản sao lưu do phiên bản mới hơn của phần mềm tạo ra (made by a newer version of the app); hãy cập nhật phần mềm trước',
      };
    }
    const problem = schemaProblem(sqlite, applied, options.requireCurrent ?? false);
    if (problem) {
      return { ok: false, reason: `không phải cơ sở dữ liệu của hệ thống này: ${problem}` };
    }
    return { ok: true, tables: tables.size, migrations: applied.length };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `không đọc được cơ sở dữ liệu (unreadable database): ${message}` };
  } finally {
    sqlite?.close();
  }
}
