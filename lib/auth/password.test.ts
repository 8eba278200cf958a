import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { bcryptCost, dummyHash, hashPassword, needsRehash, passwordProblem, verifyPassword } from './password';

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

  it('hashes at cost >= 10 and verifies', async () => {
    expect(bcryptCost).toBeGreaterThanOrEqual(10);
    const hash = await hashPassword('mot-mat-khau-dai');
    expect(bcrypt.getRounds(hash)).toBe(bcryptCost);
    expect(await verifyPassword('mot-mat-khau-dai', hash)).toBe(true);
    expect(await verifyPassword('mot-mat-khau-dai!', hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash(bcrypt.hashSync('x', 4))).toBe(true);
    expect(bcrypt.getRounds(dummyHash())).toBe(bcryptCost);
  });
});
