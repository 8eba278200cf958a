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

/** The newest migration this code knows (drizzle's journal), to refuse a backup from a newer version. */
function newestKnownMigration(): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return Math.max(0, ...journal.entries.map((entry) => entry.when));
}

/**
 * Checks that `file` is a whole, consistent database of this app, without changing it:
 * the SQLite header, `PRAGMA integrity_check` = ok, an empty `PRAGMA foreign_key_check`,
 * the app's tables, and no migration newer than this code knows. Reasons are in Vietnamese
 * first, then English, because they are shown to the ward's operator.
 */
export function verifyDatabaseFile(file: string): Verification {
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
    const migrations = sqlite
      .prepare('SELECT count(*) AS n, max(created_at) AS newest FROM __drizzle_migrations')
      .get() as {
      n: number;
      newest: number | null;
    };
    if ((migrations.newest ?? 0) > newestKnownMigration()) {
      return {
        ok: false,
        reason:
          'bản sao lưu do phiên bản mới hơn của phần mềm tạo ra (made by a newer version of the app); hãy cập nhật phần mềm trước',
      };
    }
    return { ok: true, tables: tables.size, migrations: migrations.n };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `không đọc được cơ sở dữ liệu (unreadable database): ${message}` };
  } finally {
    sqlite?.close();
  }
}
