// The connection's statement cache: the same SQL text gives the same compiled statement, handed
// out as if freshly prepared (row mode reset), never while it is still iterating, and bounded.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheStatements } from './client';

let sqlite: Database.Database;

beforeEach(() => {
  sqlite = new Database(':memory:');
  sqlite.exec(
    "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('một'), ('hai'), ('ba');",
  );
});
afterEach(() => sqlite.close());

describe('cacheStatements', () => {
  it('compiles a statement once and reuses it, with its row mode reset', () => {
    cacheStatements(sqlite);
    const first = sqlite.prepare('SELECT id, name FROM t WHERE id = ?');
    expect(first.raw().get(2)).toEqual([2, 'hai']);
    const again = sqlite.prepare('SELECT id, name FROM t WHERE id = ?');
    expect(again).toBe(first);
    expect(again.get(3)).toEqual({ id: 3, name: 'ba' });
    expect(sqlite.prepare('SELECT name FROM t WHERE id = ?')).not.toBe(first);
  });

  it('prepares a new statement while the cached one is still iterating', () => {
    cacheStatements(sqlite);
    const sql = 'SELECT name FROM t ORDER BY id';
    const names: string[] = [];
    for (const row of sqlite.prepare(sql).iterate() as IterableIterator<{ name: string }>) {
      names.push(`${row.name}:${(sqlite.prepare(sql).all() as unknown[]).length}`);
    }
    expect(names).toEqual(['một:3', 'hai:3', 'ba:3']);
  });

  it('keeps at most `size` statements, dropping the least recently used', () => {
    cacheStatements(sqlite, 2);
    const a = sqlite.prepare('SELECT 1');
    const b = sqlite.prepare('SELECT 2');
    expect(sqlite.prepare('SELECT 1')).toBe(a);
    sqlite.prepare('SELECT 3');
    expect(sqlite.prepare('SELECT 1')).toBe(a);
    expect(sqlite.prepare('SELECT 2')).not.toBe(b);
  });

  it('leaves writes and their results alone', () => {
    cacheStatements(sqlite);
    const insert = 'INSERT INTO t (name) VALUES (?)';
    expect(sqlite.prepare(insert).run('bốn').lastInsertRowid).toBe(4);
    expect(sqlite.prepare(insert).run('năm').lastInsertRowid).toBe(5);
    expect(sqlite.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 5 });
  });
});
