import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { createDb, openSqlite } from '@/db/client';
import { migrateDb } from '@/db/migrate';

/**
 * A migrated database with just enough rows for storage tests (one resolution, two
 * organizations, users, a target, twelve periods and `updates` rows, each with its audit
 * row), written with plain SQL so these tests do not depend on the resolution importer.
 */
export function makeDatabase(file: string, updates = 500): void {
  const sqlite = openSqlite(file);
  try {
    migrateDb(createDb(sqlite));
    sqlite.exec(`
      INSERT INTO resolutions (id, state, year, title, issuing_body, conference, objectives, review_summary,
        review_shortcomings, source_text, source_sha256)
      VALUES (1, 'current', 2023, 'Nghị quyết về chỉ tiêu, nhiệm vụ năm 2023', 'Đảng bộ phường', 'Hội nghị lần thứ 34',
        'Mục tiêu', 'Kết quả', 'Hạn chế', 'văn bản', 'sha');
      INSERT INTO organizations (id, code, name, kind) VALUES (1, 'UBND', 'Ủy ban nhân dân phường', 'committee'),
        (2, 'MTTQ', 'Ủy ban Mặt trận Tổ quốc phường', 'front');
      INSERT INTO users (id, username, display_name, password_hash, role, organization_id) VALUES
        (1, 'ubnd', 'Cán bộ UBND', '$2b$12$notarealhashnotarealhashnotarealhashnotarealhashnotar', 'officer', 1),
        (2, 'bithu', 'Bí thư', '$2b$12$notarealhashnotarealhashnotarealhashnotarealhashnotar', 'chair', NULL);
      INSERT INTO targets (id, resolution_id, code, category, ordinal, name, target_value, unit, direction,
        source_line, source_ref) VALUES (1, 1, '2.1.01', '2.1', 1, 'Tỷ lệ thu gom rác thải', 89.61, '%', 'min', 'dòng', 'II.2.1');
    `);
    const period = sqlite.prepare(
      `INSERT INTO reporting_periods (resolution_id, code, kind, starts_on, ends_on, due_on) VALUES (1, ?, 'month', ?, ?, ?)`,
    );
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      period.run(`2023-M${mm}`, `2023-${mm}-01`, `2023-${mm}-28`, `2023-${mm}-28`);
    }
    const insert = sqlite.transaction((count: number) => {
      for (let i = 0; i < count; i++) addUpdate(sqlite, `báo cáo ${i} — ${'nội dung '.repeat(20)}`);
    });
    insert(updates);
  } finally {
    sqlite.close();
  }
}

/** One approved update (approved ones accumulate; open ones are one per period) and its audit row. */
export function addUpdate(sqlite: Database.Database, note: string): number {
  const id = Number(
    sqlite
      .prepare(
        `INSERT INTO updates (kind, target_id, organization_id, period_id, state, value, note, author_id, submitted_at,
           reviewer_id, reviewed_at)
         VALUES ('target', 1, 1, 1 + abs(random()) % 12, 'approved', 80 + abs(random()) % 20, ?, 1, ?, 2, ?)`,
      )
      .run(note, Date.now(), Date.now()).lastInsertRowid,
  );
  sqlite
    .prepare(
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, details) VALUES (2, 'update_approved', 'update', ?, '{}')`,
    )
    .run(id);
  return id;
}

export type TableDigest = { rows: number; sha256: string };

/** Row count and a hash of every row (in rowid order) of every table, schema included. */
export function digestDatabase(file: string): Record<string, TableDigest> {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return digestConnection(sqlite);
  } finally {
    sqlite.close();
  }
}

export function digestConnection(
  sqlite: Database.Database,
  maxIds?: Record<string, number>,
): Record<string, TableDigest> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  const out: Record<string, TableDigest> = {};
  out.sqlite_master = digestRows(
    sqlite.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name').raw().all(),
  );
  for (const { name } of tables) {
    const limit = maxIds?.[name];
    const where = limit === undefined ? '' : ` WHERE rowid <= ${limit}`;
    out[name] = digestRows(sqlite.prepare(`SELECT * FROM "${name}"${where} ORDER BY rowid`).raw().all());
  }
  return out;
}

function digestRows(rows: unknown[]): TableDigest {
  const hash = createHash('sha256');
  for (const row of rows)
    hash.update(JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) + '\n');
  return { rows: rows.length, sha256: hash.digest('hex') };
}
