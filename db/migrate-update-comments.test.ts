// Integration: a real SQLite file written by the previous version (migrations up to
// 0006_report_rhythm, when the conversation on an update was still `report_comments`) holds a
// comment; the server's start-up migration renames the table in place, and the comment is found
// under the new name with its id, text and author unchanged.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, openSqlite } from './client';
import { migrateDb, migrationsFolder } from './migrate';

type Journal = { entries: { idx: number; tag: string }[] };

const dir = mkdtempSync(path.join(tmpdir(), 'rt-update-comments-'));
const file = path.join(dir, 'app.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Migrates `file` with this app's migrations up to and including `lastTag`, as that version did. */
function migrateUpTo(lastTag: string): void {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  const count = journal.entries.findIndex((e) => e.tag === lastTag) + 1;
  expect(count).toBeGreaterThan(0);
  const folder = path.join(dir, 'migrations-old');
  cpSync(migrationsFolder, folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }),
  );
  const sqlite = new Database(file);
  try {
    migrate(drizzle(sqlite), { migrationsFolder: folder });
  } finally {
    sqlite.close();
  }
}

const tableNames = (sqlite: Database.Database) =>
  sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
const indexNames = (sqlite: Database.Database) =>
  sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%comments%'").pluck().all();

beforeAll(() => {
  migrateUpTo('0006_report_rhythm');
  const sqlite = new Database(file);
  try {
    sqlite.exec(`
      INSERT INTO resolutions (id, state, year, title, issuing_body, conference, objectives, review_summary,
        review_shortcomings, source_text, source_sha256)
      VALUES (1, 'current', 2023, 'Nghị quyết năm 2023', 'Đảng bộ phường', 'Hội nghị lần thứ 34', 'Mục tiêu',
        'Kết quả', 'Hạn chế', 'văn bản', 'sha');
      INSERT INTO organizations (id, code, name, kind) VALUES (1, 'UBND', 'Ủy ban nhân dân phường', 'committee');
      INSERT INTO users (id, username, display_name, password_hash, role, organization_id) VALUES
        (1, 'ubnd', 'Cán bộ UBND', 'x', 'officer', 1), (2, 'bithu', 'Bí thư', 'x', 'chair', NULL);
      INSERT INTO targets (id, resolution_id, code, category, ordinal, name, target_value, unit, direction,
        source_line, source_ref) VALUES (1, 1, '2.1.01', '2.1', 1, 'Tỷ lệ thu gom rác thải', 89.61, '%', 'min', 'dòng', 'II.2.1');
      INSERT INTO reporting_periods (id, resolution_id, code, kind, starts_on, ends_on, due_on)
        VALUES (1, 1, '2023-M01', 'month', '2023-01-01', '2023-01-31', '2023-02-05');
      INSERT INTO updates (id, kind, target_id, organization_id, period_id, state, value, author_id, return_reason)
        VALUES (7, 'target', 1, 1, 1, 'returned', 88.5, 1, 'Thiếu nguồn số liệu');
      INSERT INTO report_comments (id, update_id, author_id, kind, body)
        VALUES (3, 7, 2, 'return_reason', 'Thiếu nguồn số liệu');
    `);
  } finally {
    sqlite.close();
  }
});

describe('0007: the conversation on an update becomes update_comments', () => {
  it('was report_comments before', () => {
    const sqlite = new Database(file, { readonly: true });
    try {
      expect(tableNames(sqlite)).toContain('report_comments');
      expect(tableNames(sqlite)).not.toContain('update_comments');
    } finally {
      sqlite.close();
    }
  });

  it('keeps the stored comment under the new table and index names', () => {
    const sqlite = openSqlite(file);
    try {
      migrateDb(createDb(sqlite));
      expect(tableNames(sqlite)).toContain('update_comments');
      expect(tableNames(sqlite)).not.toContain('report_comments');
      expect(indexNames(sqlite)).toEqual(['update_comments_update_idx']);
      expect(sqlite.prepare('SELECT id, update_id, author_id, kind, body FROM update_comments').all()).toEqual([
        { id: 3, update_id: 7, author_id: 2, kind: 'return_reason', body: 'Thiếu nguồn số liệu' },
      ]);
      // Still tied to its update: the join the conversation page makes finds it.
      expect(
        sqlite
          .prepare('SELECT u.return_reason AS reason FROM update_comments c JOIN updates u ON u.id = c.update_id')
          .get(),
      ).toEqual({ reason: 'Thiếu nguồn số liệu' });
      expect(sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      sqlite.close();
    }
  });
});
