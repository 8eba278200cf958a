import bcrypt from 'bcryptjs';
import { afterEach, describe, expect, it } from 'vitest';
import { authConfig, reloadAuthConfig } from './auth-config';
import { hashGateLoad, HashBusyError, withHashSlot } from './hash-gate';
import { dummyHash, hashPassword, hashPasswordSync, needsRehash, passwordProblem, verifyPassword } from './password';

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  reloadAuthConfig();
});

describe('password rules', () => {
  it('needs at least 10 characters', () => {
    expect(passwordProblem('123456789', 'hdnd')).toBe('too_short');
    expect(passwordProblem('1234567890', 'hdnd')).toBeNull();
    // Characters, not bytes: ten Vietnamese letters are enough.
    expect(passwordProblem('mậtkhẩuđủ1', 'hdnd')).toBeNull();
  });

  it('refuses the username in any case and with spaces', () => {
    expect(passwordProblem('hoicuuchienbinh', 'hoicuuchienbinh')).toBe('same_as_username');
    expect(passwordProblem(' HoiCuuChienBinh ', 'hoicuuchienbinh')).toBe('same_as_username');
  });

  it('refuses what bcrypt would silently cut (over 64 characters or 72 bytes)', () => {
    expect(passwordProblem('a'.repeat(64), 'x')).toBeNull();
    expect(passwordProblem('a'.repeat(65), 'x')).toBe('too_long');
    expect(passwordProblem('ệ'.repeat(30), 'x')).toBe('too_long');
  });

  it('hashes with argon2id at the configured parameters and verifies', async () => {
    const hash = await hashPassword('mot-mat-khau-dai');
    const { AUTH_HASH_MEMORY_KIB: m, AUTH_HASH_TIME_COST: t } = authConfig();
    expect(hash.startsWith(`$argon2id$v=19$m=${m},p=1,t=${t}$`)).toBe(true);
    expect(await verifyPassword('mot-mat-khau-dai', hash)).toBe(true);
    expect(await verifyPassword('mot-mat-khau-dai!', hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash(bcrypt.hashSync('x', 4))).toBe(true);
    expect(needsRehash((await dummyHash()) as string)).toBe(false);
    // The seed's synchronous hashes are the same kind.
    const seeded = hashPasswordSync('mot-mat-khau-dai');
    expect(seeded.split('$').slice(0, 4)).toEqual(hash.split('$').slice(0, 4));
    expect(await verifyPassword('mot-mat-khau-dai', seeded)).toBe(true);
  });

  it('still verifies a bcrypt hash made before argon2id', async () => {
    const old = bcrypt.hashSync('mat-khau-cu-1', 8);
    expect(await verifyPassword('mat-khau-cu-1', old)).toBe(true);
    expect(await verifyPassword('mat-khau-cu-2', old)).toBe(false);
  });

  it('by default uses OWASP’s argon2id parameters (19 MiB, two passes)', () => {
    delete process.env.AUTH_HASH_MEMORY_KIB;
    delete process.env.AUTH_HASH_TIME_COST;
    expect(reloadAuthConfig()).toMatchObject({ AUTH_HASH_MEMORY_KIB: 19456, AUTH_HASH_TIME_COST: 2 });
    process.env.AUTH_HASH_MEMORY_KIB = '12';
    expect(() => reloadAuthConfig()).toThrow();
  });
});

describe('the password-check gate', () => {
  it('runs at most AUTH_HASH_CONCURRENCY at once, queues AUTH_HASH_QUEUE, and refuses the rest at once', async () => {
    process.env.AUTH_HASH_CONCURRENCY = '2';
    process.env.AUTH_HASH_QUEUE = '3';
    reloadAuthConfig();
    let peak = 0;
    const releases: (() => void)[] = [];
    const job = () =>
      withHashSlot(
        () =>
          new Promise<void>((resolve) => {
            peak = Math.max(peak, hashGateLoad().running);
            releases.push(resolve);
          }),
      );
    const settled = Array.from({ length: 8 }, () =>
      job().then(
        () => 'done',
        (error: unknown) => (error instanceof HashBusyError ? 'busy' : 'error'),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(hashGateLoad()).toEqual({ running: 2, waiting: 3 });
    while (releases.length) {
      releases.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const outcomes = await Promise.all(settled);
    expect(outcomes.filter((o) => o === 'done')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'busy')).toHaveLength(3);
    expect(peak).toBe(2);
    expect(hashGateLoad()).toEqual({ running: 0, waiting: 0 });
  });
});
