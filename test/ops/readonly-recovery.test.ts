// A database that could only be opened read-only (a read-only file or filesystem when the server
// started) recovers without a restart: once the file is writable again, the next write after a
// short back-off reopens the connection and succeeds.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDatabase } from './db-fixture';
import { readOnlyServerWrapper, setReadOnly } from './read-only';

const root = path.resolve(__dirname, '../..');
let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rt-readonly-'));
  file = path.join(dir, 'app.db');
  makeDatabase(file, 3);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a read-only database', () => {
  it('is written again once writable, without a restart', async () => {
    setReadOnly(file, true);
    const [command, ...prefix] = [...readOnlyServerWrapper(), path.join(root, 'node_modules/.bin/tsx')];
    const child = spawn(command!, [...prefix, path.join(__dirname, 'readonly-recovery-child.ts')], {
      cwd: root,
      env: { ...process.env, DATABASE_PATH: file },
    });
    let output = '';
    const lines = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('first:')) {
          setReadOnly(file, false);
          child.stdin.write('go\n');
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    await lines;
    expect(output).toContain('first:SQLITE_READONLY');
    expect(output).toContain('second:ok');
  });
});
