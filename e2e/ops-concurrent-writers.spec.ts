// Three processes write the same database at once: two production servers and a script that
// holds the write lock for 150 ms at a time. Every write a user makes through either server
// succeeds (it waits its turn); no SQLITE_BUSY / "database is locked" reaches a user or the logs.
import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  makeTempDir,
  prepareDatabase,
  projectRoot,
  startServer,
  trySignIn,
  type RunningServer,
} from '../test/ops/server-harness';

let dir: string;
let servers: RunningServer[] = [];
let writer: ChildProcess | null = null;

test.afterAll(async () => {
  writer?.kill('SIGKILL');
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

function startWriter(dbFile: string, holdMs: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [
    path.join(projectRoot, 'test/ops/concurrent-writer.mjs'),
    dbFile,
    String(holdMs),
  ]);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', () => output.includes('ready') && resolve({ child, output: () => output }));
    child.once('exit', (code) => reject(new Error(`writer exited with ${code}: ${output}`)));
  });
}

function auditCounts(dbFile: string): Record<string, number> {
  const sqlite = new Database(dbFile, { readonly: true });
  try {
    const rows = sqlite.prepare('SELECT action, count(*) AS n FROM audit_log GROUP BY action').all() as {
      action: string;
      n: number;
    }[];
    return Object.fromEntries(rows.map((r) => [r.action, r.n]));
  } finally {
    sqlite.close();
  }
}

test('two servers and a script writing at once: every user write succeeds, no SQLITE_BUSY', async () => {
  test.setTimeout(120_000);
  dir = makeTempDir('concurrent');
  const dbFile = path.join(dir, 'app.db');
  prepareDatabase(dbFile);
  servers = await Promise.all([startServer({ dbFile }), startServer({ dbFile })]);
  const before = auditCounts(dbFile);

  const script = await startWriter(dbFile, 150);
  writer = script.child;
  // Officers sign in (each success writes the user row and an audit row) and strangers fail to
  // (each failure writes a throttling row and an audit row), spread over both servers, six at once.
  // Few: each costs a bcrypt comparison (~0.25 s of a core), the point is the overlap.
  const accounts = ['hdnd', 'ubnd', 'mttq', 'hoinongdan', 'hoiphunu', 'doanthanhnien'];
  const jobs = [
    ...Array.from({ length: 8 }, (_, i) => ({
      username: accounts[i % accounts.length]!,
      password: undefined,
      expectOk: true,
    })),
    ...Array.from({ length: 4 }, (_, i) => ({
      username: `stranger-${i}`,
      password: 'wrong-password',
      expectOk: false,
    })),
  ];
  const results: { expectOk: boolean; ok: boolean; status: number; error: string | null }[] = [];
  for (let i = 0; i < jobs.length; i += 6) {
    const batch = jobs.slice(i, i + 6).map((job, j) =>
      trySignIn(servers[(i + j) % 2]!.url, job.username, job.password).then((r) => ({
        expectOk: job.expectOk,
        ...r,
      })),
    );
    results.push(...(await Promise.all(batch)));
  }
  writer.kill('SIGTERM');
  await new Promise((resolve) => writer!.once('exit', resolve));
  writer = null;

  for (const r of results.filter((x) => x.expectOk))
    expect(r, 'officer sign-in').toMatchObject({ ok: true, status: 200 });
  for (const r of results.filter((x) => !x.expectOk))
    expect(r, 'stranger sign-in').toMatchObject({ ok: false, status: 401, error: 'invalid' });

  const after = auditCounts(dbFile);
  expect((after.login ?? 0) - (before.login ?? 0)).toBe(8);
  expect((after.login_failed ?? 0) - (before.login_failed ?? 0)).toBe(4);
  expect(after.writer ?? 0).toBeGreaterThan(3);
  expect(Number(/committed (\d+)/.exec(script.output())?.[1])).toBe(after.writer);
  for (const server of servers) {
    expect(server.output()).not.toMatch(/SQLITE_BUSY|database is locked/i);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }
  const check = new Database(dbFile, { readonly: true });
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(check.pragma('foreign_key_check')).toEqual([]);
  check.close();
});
