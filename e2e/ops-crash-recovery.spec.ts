// The production server is killed with SIGKILL in the middle of a burst of approvals, then
// restarted on the same database: it is whole (integrity_check ok, no broken foreign key), every
// approval the chair was told about is there with its audit row, and no update is approved
// without its audit row or audited without being approved (nothing half-written).
import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { seedAtScale } from '../bench/seed-scale';
import { actionId, callFormAction } from '../test/ops/server-action';
import { makeTempDir, prepareDatabase, signIn, startServer, type RunningServer } from '../test/ops/server-harness';

let dir: string;
let server: RunningServer | null = null;

test.afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('SIGKILL during a burst of approvals: restart finds every confirmed approval with its audit row', async () => {
  test.setTimeout(120_000);
  dir = makeTempDir('crash');
  const dbFile = path.join(dir, 'app.db');
  prepareDatabase(dbFile);
  seedAtScale(dbFile, { clones: 1, monthsOfHistory: false, stressUpdates: 80, stressWaiting: 80 });
  const db = new Database(dbFile, { readonly: true });
  const waiting = db.prepare("SELECT id, version FROM updates WHERE state = 'submitted' ORDER BY id").all() as {
    id: number;
    version: number;
  }[];
  db.close();
  expect(waiting).toHaveLength(80);

  server = await startServer({ dbFile });
  const chair = await signIn(server.url, 'bithu');
  const approve = actionId('approveAction', 'approvals');
  const confirmed: number[] = [];
  const lost: number[] = [];
  let next = 0;
  let killed = false;
  const running = server;
  // Eight approvals in flight at a time; the server dies once twenty have been confirmed.
  const worker = async () => {
    while (next < waiting.length && !killed) {
      const update = waiting[next++]!;
      try {
        const outcome = await callFormAction(
          running.url,
          '/approvals',
          approve,
          { id: String(update.id), version: String(update.version) },
          chair,
        );
        if (outcome.state?.ok === true) confirmed.push(update.id);
        else lost.push(update.id);
      } catch {
        lost.push(update.id);
      }
      if (confirmed.length >= 20 && !killed) {
        killed = true;
        await running.kill();
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  console.log(`${confirmed.length} approvals confirmed before the kill, ${lost.length} without an answer`);
  expect(killed).toBe(true);
  expect(running.process.signalCode).toBe('SIGKILL');
  // Requests in flight at the kill got no answer: their outcome is unknown to the client.
  expect(lost.length).toBeGreaterThan(0);

  server = await startServer({ dbFile });
  const check = new Database(dbFile, { readonly: true });
  try {
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(check.pragma('foreign_key_check')).toEqual([]);
    const rows = check
      .prepare(
        `SELECT u.id, u.state, u.reviewer_id AS reviewerId,
                (SELECT count(*) FROM audit_log a WHERE a.entity_type = 'update' AND a.entity_id = u.id AND a.action = 'update.approve') AS audits
         FROM updates u WHERE u.id IN (${waiting.map((w) => w.id).join(',')})`,
      )
      .all() as { id: number; state: string; reviewerId: number | null; audits: number }[];
    const chairId = (check.prepare("SELECT id FROM users WHERE username = 'bithu'").get() as { id: number }).id;
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of confirmed) {
      expect(byId.get(id), `confirmed approval ${id}`).toMatchObject({
        state: 'approved',
        reviewerId: chairId,
        audits: 1,
      });
    }
    for (const row of rows) {
      // Approved with exactly one audit row, or still waiting with none: never one without the other.
      expect(row.state === 'approved' ? row.audits : row.audits + 1, `update ${row.id} (${row.state})`).toBe(1);
    }
    const approved = rows.filter((r) => r.state === 'approved').length;
    expect(approved).toBeGreaterThanOrEqual(confirmed.length);
    expect(approved).toBeLessThan(waiting.length);

    // The restarted server serves the chair the rest of the queue.
    const page = await fetch(`${server.url}/approvals`, { headers: { cookie: chair } });
    expect(page.status).toBe(200);
    const total = /data-testid="queue-total"[^>]*>([^<]*)</.exec(await page.text())?.[1] ?? '';
    expect(total).toMatch(new RegExp(`\\b${waiting.length - approved}\\b`));
  } finally {
    check.close();
  }
});
