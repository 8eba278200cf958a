import bcrypt from 'bcryptjs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bcryptCost } from '@/lib/auth/password';
import { fixturePassword, openAuthTestDb } from '@/test/auth-test-db';
import { getDb } from '../client';
import { auditLog, loginFailures, users } from '../schema';
import { maxFailuresPerAddress, verifyCredentials } from './login';

let env: ReturnType<typeof openAuthTestDb>;
const audits = (label: string) =>
  getDb()
    .select({ action: auditLog.action, entityId: auditLog.entityId, ip: auditLog.ip })
    .from(auditLog)
    .where(eq(auditLog.actorLabel, label))
    .orderBy(auditLog.id)
    .all();
const addUser = (username: string, hash = bcrypt.hashSync(fixturePassword, bcryptCost)) =>
  getDb()
    .insert(users)
    .values({ username, displayName: username, role: 'officer', organizationId: env.orgs.HDND, passwordHash: hash })
    .returning({ id: users.id })
    .get().id;

beforeAll(() => {
  env = openAuthTestDb();
});
afterAll(() => env.cleanup());

describe('verifyCredentials', () => {
  it('lets the right password in, case-insensitive username, and audits the login', async () => {
    expect(await verifyCredentials('  HDND ', fixturePassword, '1.1.1.1')).toEqual({
      ok: true,
      userId: env.ids.hdnd,
      sessionVersion: 1,
    });
    const row = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login'), eq(auditLog.actorId, env.ids.hdnd)))
      .get();
    expect(row?.ip).toBe('1.1.1.1');
  });

  it('answers the same for an unknown user, a wrong password and a disabled account, and audits each', async () => {
    const disabled = addUser('tam-nghi');
    getDb().update(users).set({ active: false }).where(eq(users.id, disabled)).run();
    expect(await verifyCredentials('khong-ton-tai', fixturePassword, '2.2.2.2')).toEqual({
      ok: false,
      code: 'invalid',
    });
    expect(await verifyCredentials('ubnd', 'sai-mat-khau', '2.2.2.2')).toEqual({ ok: false, code: 'invalid' });
    expect(await verifyCredentials('tam-nghi', fixturePassword, '2.2.2.2')).toEqual({ ok: false, code: 'invalid' });
    expect(audits('khong-ton-tai')).toEqual([{ action: 'login_failed', entityId: null, ip: '2.2.2.2' }]);
    expect(audits('ubnd')).toEqual([{ action: 'login_failed', entityId: env.ids.ubnd, ip: '2.2.2.2' }]);
    expect(audits('tam-nghi')).toEqual([{ action: 'login_failed', entityId: disabled, ip: '2.2.2.2' }]);
  });

  it('takes similar time for an unknown user and a wrong password (one bcrypt compare each)', async () => {
    const time = async (username: string) => {
      const start = performance.now();
      await verifyCredentials(username, 'sai-mat-khau', 'timing');
      return performance.now() - start;
    };
    await time('khong-ai-ca'); // the dummy hash is made on first use
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 3; i++) {
      unknown.push(await time(`khong-ai-${i}`));
      wrong.push(await time('bithu'));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    const ratio = median(unknown) / median(wrong);
    // Both sides do one compare at the same cost (~350 ms here); without the dummy compare the
    // unknown user would answer in about 1 ms.
    expect(median(unknown)).toBeGreaterThan(40);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
    getDb().update(users).set({ failedLogins: 0 }).where(eq(users.id, env.ids.bithu)).run();
  });

  it('locks an account at the fifth failure for fifteen minutes, even for the right password', async () => {
    const id = addUser('se-bi-khoa');
    for (let i = 1; i <= 4; i++)
      expect(await verifyCredentials('se-bi-khoa', `sai-${i}`, '3.3.3.3')).toEqual({ ok: false, code: 'invalid' });
    expect(await verifyCredentials('se-bi-khoa', 'sai-5', '3.3.3.3')).toEqual({ ok: false, code: 'locked' });
    expect(await verifyCredentials('se-bi-khoa', fixturePassword, '3.3.3.3')).toEqual({ ok: false, code: 'locked' });
    const lockedUntil = getDb()
      .select({ t: users.lockedUntil })
      .from(users)
      .where(eq(users.id, id))
      .get()!
      .t!.getTime();
    expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60 * 1000);
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
    expect(audits('se-bi-khoa').map((a) => a.action)).toEqual([
      ...Array(5).fill('login_failed'),
      'account_locked',
      'login_refused_locked',
    ]);
    // Fifteen minutes later the right password works again.
    getDb()
      .update(users)
      .set({ lockedUntil: new Date(Date.now() - 1) })
      .where(eq(users.id, id))
      .run();
    expect((await verifyCredentials('se-bi-khoa', fixturePassword, '3.3.3.3')).ok).toBe(true);
  });

  it('locks an unknown username the same way, so the lockout tells nobody which names exist', async () => {
    for (let i = 1; i <= 4; i++)
      expect(await verifyCredentials('ai-do', `sai-${i}`, '4.4.4.4')).toEqual({ ok: false, code: 'invalid' });
    expect(await verifyCredentials('ai-do', 'sai-5', '4.4.4.4')).toEqual({ ok: false, code: 'locked' });
    expect(await verifyCredentials('ai-do', 'sai-6', '4.4.4.4')).toEqual({ ok: false, code: 'locked' });
    expect(audits('ai-do').map((a) => a.action)).toEqual([
      ...Array(5).fill('login_failed'),
      'account_locked',
      'login_refused_locked',
    ]);
  });

  it('slows an address down after twenty failures across accounts', async () => {
    const now = Date.now();
    getDb()
      .insert(loginFailures)
      .values(
        Array.from({ length: maxFailuresPerAddress }, (_, i) => ({
          ip: '5.5.5.5',
          username: `user-${i}`,
          at: new Date(now - i * 1000),
        })),
      )
      .run();
    const start = performance.now();
    expect(await verifyCredentials('hdnd', 'sai', '5.5.5.5')).toEqual({ ok: false, code: 'throttled' });
    expect(performance.now() - start).toBeGreaterThanOrEqual(1900);
    // Another address is not slowed.
    expect(await verifyCredentials('hdnd', 'sai', '6.6.6.6')).toEqual({ ok: false, code: 'invalid' });
  });

  it('upgrades a hash made at a lower cost on the next successful login', async () => {
    const id = addUser('hash-cu', bcrypt.hashSync(fixturePassword, 4));
    expect((await verifyCredentials('hash-cu', fixturePassword, '7.7.7.7')).ok).toBe(true);
    const hash = getDb().select({ h: users.passwordHash }).from(users).where(eq(users.id, id)).get()!.h;
    expect(bcrypt.getRounds(hash)).toBe(bcryptCost);
    expect(await bcrypt.compare(fixturePassword, hash)).toBe(true);
  });
});
