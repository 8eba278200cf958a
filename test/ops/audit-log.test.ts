import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '@/db/access/audit';
import { createDb, openSqlite, type Db } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { setLogSink } from '@/lib/log';

let dir: string;
let sqlite: ReturnType<typeof openSqlite>;
let db: Db;
let lines: Record<string, unknown>[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rt-audit-log-'));
  sqlite = openSqlite(path.join(dir, 'app.db'));
  db = createDb(sqlite);
  migrateDb(db);
});
afterAll(() => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => setLogSink(null));

function capture() {
  lines = [];
  setLogSink((_stream, line) => lines.push(JSON.parse(line)));
}
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('every audited change is one log line, once committed', () => {
  it('logs a committed change with event, userId, entity and ids, secrets redacted', async () => {
    capture();
    db.transaction((tx) => {
      writeAudit(tx, {
        actorId: null,
        action: 'update.approve',
        entityType: 'update',
        entityId: 42,
        details: { from: 'submitted', to: 'approved', password: 'x' },
      });
      // Not written yet: the transaction is still open.
      expect(lines).toEqual([]);
    });
    await settled();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      event: 'update.approve',
      userId: null,
      entity: 'update',
      ids: [42],
      details: { from: 'submitted', to: 'approved', password: '[redacted]' },
    });
  });

  it('logs nothing for a change that was rolled back', async () => {
    capture();
    expect(() =>
      db.transaction((tx) => {
        writeAudit(tx, { actorId: null, action: 'update.approve', entityType: 'update', entityId: 43 });
        throw new Error('stale version');
      }),
    ).toThrow('stale version');
    // A later committed change in the same tick takes the rolled-back row's id: still one line, its own.
    db.transaction((tx) =>
      writeAudit(tx, { actorId: null, action: 'update.return', entityType: 'update', entityId: 44 }),
    );
    db.transaction((tx) =>
      writeAudit(tx, { actorId: null, action: 'update.approve', entityType: 'update', entityId: 45 }),
    );
    await settled();
    expect(lines.map((l) => [l.event, l.ids])).toEqual([
      ['update.return', [44]],
      ['update.approve', [45]],
    ]);
  });

  it('logs a change written outside a transaction, and never the typed username or address', async () => {
    capture();
    writeAudit(db, {
      actorId: null,
      actorLabel: 'Mat-khau-go-nham',
      action: 'login_failed',
      entityType: 'user',
      ip: '10.0.0.9',
    });
    await settled();
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines[0])).not.toMatch(/Mat-khau-go-nham|10\.0\.0\.9/);
    expect(lines[0]).toMatchObject({ event: 'login_failed', entity: 'user', ids: [] });
  });
});
