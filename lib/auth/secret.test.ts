import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureAuthSecret } from './secret';

let dir: string;
const saved = process.env.NEXTAUTH_SECRET;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'secret-'));
  delete process.env.NEXTAUTH_SECRET;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = saved;
});

describe('ensureAuthSecret', () => {
  it('makes a strong secret on first start, readable by its owner only, and keeps it', () => {
    const first = ensureAuthSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(64);
    expect(process.env.NEXTAUTH_SECRET).toBe(first);
    const file = path.join(dir, 'nextauth-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(first);
    delete process.env.NEXTAUTH_SECRET;
    expect(ensureAuthSecret(dir)).toBe(first);
  });

  it('two directories never share a secret', () => {
    const other = mkdtempSync(path.join(tmpdir(), 'secret-'));
    try {
      const a = ensureAuthSecret(dir);
      delete process.env.NEXTAUTH_SECRET;
      expect(ensureAuthSecret(other)).not.toBe(a);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('uses NEXTAUTH_SECRET when set, and refuses a short one', () => {
    process.env.NEXTAUTH_SECRET = 'x'.repeat(40);
    expect(ensureAuthSecret(dir)).toBe('x'.repeat(40));
    process.env.NEXTAUTH_SECRET = 'secret';
    expect(() => ensureAuthSecret(dir)).toThrow(/at least 32/);
  });
});
