import bcrypt from 'bcryptjs';
import { afterEach, describe, expect, it } from 'vitest';
import { authConfig, reloadAuthConfig } from './auth-config';
import { hashGateLoad, HashBusyError, withHashSlot } from './hash-gate';
import {
  dummyHash,
  hashPassword,
  hashPasswordSync,
  isCommonPassword,
  needsRehash,
  passwordProblem,
  verifyPassword,
} from './password';

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  reloadAuthConfig();
});

describe('password rules', () => {
  it('needs at least 10 characters', () => {
    expect(passwordProblem('doi-mk-9', 'hdnd')).toBe('too_short');
    expect(passwordProblem('doi-mk-9xy', 'hdnd')).toBeNull();
    // Characters, not bytes: ten Vietnamese letters are enough.
    expect(passwordProblem('mậtkhẩuđủ1', 'hdnd')).toBeNull();
  });

  it('refuses the username in any case, with spaces, or with digits and signs around it', () => {
    expect(passwordProblem('hoicuuchienbinh', 'hoicuuchienbinh')).toBe('same_as_username');
    expect(passwordProblem(' HoiCuuChienBinh ', 'hoicuuchienbinh')).toBe('same_as_username');
    expect(passwordProblem('bithu12345', 'bithu')).toBe('same_as_username');
    expect(passwordProblem('2024!Hdnd-2024', 'hdnd')).toBe('same_as_username');
  });

  it('refuses what bcrypt would silently cut (over 64 characters or 72 bytes)', () => {
    const long = 'trời-xanh-mây-trắng-'.repeat(4);
    const sixtyFour = `${'tXq7-pL2m-Rb9w-'.repeat(4)}Zk3v`;
    expect(passwordProblem(sixtyFour, 'x')).toBeNull();
    expect(passwordProblem(`${sixtyFour}!`, 'x')).toBe('too_long');
    expect(passwordProblem(long, 'x')).toBe('too_long');
    expect(passwordProblem('ệ'.repeat(30), 'x')).toBe('too_long');
  });

  it('refuses a blank new password: ten spaces, tabs, a line break', () => {
    expect(passwordProblem(' '.repeat(10), 'hdnd')).toBe('blank');
    expect(passwordProblem('\t'.repeat(12), 'hdnd')).toBe('blank');
    expect(passwordProblem(' \n '.repeat(5), 'hdnd')).toBe('blank');
    expect(passwordProblem('', 'hdnd')).toBe('blank');
  });

  it('refuses the current password reused, and only that', () => {
    expect(passwordProblem('Mây-trắng-bay-2024', 'hdnd', 'Mây-trắng-bay-2024')).toBe('same_as_current');
    expect(passwordProblem('Mây-trắng-bay-2025', 'hdnd', 'Mây-trắng-bay-2024')).toBeNull();
  });

  it.each([
    'password123',
    'Password2024!',
    'qwerty123456',
    '1234567890',
    '0987654321!',
    'matkhau123',
    'MatKhau@2024',
    'Mật khẩu 123',
    'anhyeuem2024',
    'Việt Nam 2024',
    'dangcongsan1930',
    'aaaaaaaaaa',
    'abcabcabcabc',
    'qwertyuiop',
  ])('refuses the common password %s', (password) => {
    expect(passwordProblem(password, 'hdnd')).toBe('common');
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each(['mat-khau-moi-cua-toi', 'Sông Đà mùa lũ 1979', 'ngõ-hẻm-có-cây-bàng', 'tXq7-pL2m-Rb9w'])(
    'accepts the uncommon password %s',
    (password) => {
      expect(passwordProblem(password, 'hdnd')).toBeNull();
      expect(isCommonPassword(password)).toBe(false);
    },
  );

  it('checks a form field without a username (the access layer adds it)', () => {
    expect(passwordProblem(' '.repeat(10), null)).toBe('blank');
    expect(passwordProblem('hdnd-hdnd-2024', null)).toBeNull();
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
