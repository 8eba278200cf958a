// A write that waits for SQLite's lock blocks this whole process (better-sqlite3 is synchronous):
// the wait is bounded to the busy timeout, 2 s, after which the write is refused with a clear
// "busy" message and nothing is written. Two processes: this one and a lock holder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busyTimeoutMs, closeDb, getSqlite } from '@/db/client';
import { databaseFailure } from '@/lib/database-errors';
import { formMessages } from '@/lib/i18n/messages/forms';
import { makeDatabase } from './db-fixture';

let dir: string;
let file: string;
let holder: ChildProcess | null = null;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rt-busy-'));
  file = path.join(dir, 'app.db');
  makeDatabase(file, 3);
  process.env.DATABASE_PATH = file;
});
afterAll(() => {
  holder?.kill('SIGKILL');
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});

function holdLock(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, 'lock-holder.mjs'), file]);
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve(child));
    child.on('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
}

describe('a write waiting for the lock', () => {
  it('waits at most the busy timeout, then is refused as busy with a Vietnamese message', async () => {
    expect(busyTimeoutMs).toBeLessThanOrEqual(2000);
    getSqlite(); // the connection is open before the other process takes the lock
    holder = await holdLock();
    const started = performance.now();
    let caught: unknown = null;
    try {
      getSqlite().prepare("UPDATE organizations SET name = 'Ủy ban' WHERE id = 1").run();
    } catch (error) {
      caught = error;
    }
    const waited = performance.now() - started;
    expect((caught as { code?: string } | null)?.code).toMatch(/^SQLITE_BUSY/);
    expect(waited).toBeGreaterThan(busyTimeoutMs * 0.8);
    expect(waited).toBeLessThan(busyTimeoutMs + 1000);
    const failure = databaseFailure(caught);
    expect(failure).toBe('busy');
    expect(formMessages.vi.busy).toMatch(/^Hệ thống đang bận/);

    holder.kill('SIGTERM');
    await new Promise((resolve) => holder!.once('exit', resolve));
    holder = null;
    getSqlite().prepare("UPDATE organizations SET name = 'Ủy ban' WHERE id = 1").run();
    expect(getSqlite().prepare('SELECT name FROM organizations WHERE id = 1').pluck().get()).toBe('Ủy ban');
  });
});
