// 15.6 against the built server: an officer replaying the chair's approve action is refused AND
// the refusal is in the server log (user, action, reason); an approval made through the action
// stores the client's address on its audit row (behind a trusted proxy: X-Forwarded-For's last
// entry, as the login throttle reads it).
import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { insertUpdate } from '../test/update-rows';
import { actionId, callFormAction } from '../test/ops/server-action';
import { makeTempDir, prepareDatabase, signIn, startServer, type RunningServer } from '../test/ops/server-harness';

let dir: string;
let server: RunningServer | null = null;

test.beforeAll(() => {
  dir = makeTempDir('refusal-trace');
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The server's JSON log lines (stdout and stderr) that parse. */
function logLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

let updateId: number;
let officerId: number;
let dbFile: string;
const viaProxy = { 'x-forwarded-for': '10.9.8.7, 203.0.113.7' };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dbFile = path.join(dir, 'app.db');
  prepareDatabase(dbFile);
  const seed = new Database(dbFile);
  updateId = insertUpdate(seed, { kind: 'target', subjectCode: '2.1.01', period: '2023-Q4', state: 'submitted' });
  officerId = (seed.prepare("SELECT id FROM users WHERE username = 'mttq'").get() as { id: number }).id;
  seed.close();
  server = await startServer({ dbFile, env: { TRUST_PROXY: '1' } });
});

test('an officer replaying the chair’s approve action is refused and the refusal is logged', async () => {
  const approve = actionId('approveAction', 'approvals');
  const officer = await signIn(server!.url, 'mttq');
  const fields = { id: String(updateId), version: '1' };
  const refused = await callFormAction(server!.url, '/approvals', approve, fields, officer, viaProxy);
  expect(refused.status).toBe(404);
  await expect
    .poll(() => logLines(server!.output()).filter((l) => l.event === 'access.refused' && l.userId === officerId))
    .toEqual([
      expect.objectContaining({
        level: 'info',
        event: 'access.refused',
        userId: officerId,
        details: expect.objectContaining({
          reason: 'role',
          status: 403,
          role: 'officer',
          kind: 'action',
          name: expect.stringContaining('/approvals'),
          actionId: approve,
          ip: '203.0.113.7',
        }),
      }),
    ]);
});

test('an officer asking for the chair’s half-year report (a route handler) is refused and logged', async () => {
  const officer = await signIn(server!.url, 'mttq');
  const response = await fetch(`${server!.url}/api/reports/docx?period=H1`, {
    headers: { cookie: officer, ...viaProxy },
  });
  expect(response.status).toBe(403);
  await expect
    .poll(() =>
      logLines(server!.output()).filter(
        (l) => l.event === 'access.refused' && (l.details as Record<string, unknown>).kind === 'route',
      ),
    )
    .toEqual([
      expect.objectContaining({
        userId: officerId,
        details: expect.objectContaining({
          reason: 'role',
          status: 403,
          role: 'officer',
          name: 'GET /api/reports/docx',
          ip: '203.0.113.7',
        }),
      }),
    ]);
});

test('an approval through the server action stores the client’s address on its audit row', async () => {
  const approve = actionId('approveAction', 'approvals');
  const chair = await signIn(server!.url, 'bithu');
  const fields = { id: String(updateId), version: '1' };
  const approved = await callFormAction(server!.url, '/approvals', approve, fields, chair, viaProxy);
  expect(approved.state?.ok, JSON.stringify(approved)).toBe(true);
  const db = new Database(dbFile, { readonly: true });
  try {
    expect(
      db
        .prepare("SELECT action, ip FROM audit_log WHERE entity_type = 'update' AND entity_id = ? ORDER BY id")
        .all(updateId),
    ).toEqual([{ action: 'update.approve', ip: '203.0.113.7' }]);
  } finally {
    db.close();
  }
});
