import bcrypt from 'bcryptjs';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reloadAuthConfig } from '@/lib/auth/auth-config';
import { maxFailuresPerAddress, maxWaitMs } from '@/lib/auth/login-rules';
import { dummyHash, hashPasswordSync, hashWork, needsRehash } from '@/lib/auth/password';
import { fixturePassword, openAuthTestDb } from '@/test/auth-test-db';
import { getDb } from '../client';
import { auditLog, loginFailures, users } from '../schema';
import { clearLoginFailures, verifyCredentials } from './login';

let env: ReturnType<typeof openAuthTestDb>;
const audits = (label: string) =>
  getDb()
    .select({ action: auditLog.action, entityId: auditLog.entityId, ip: auditLog.ip })
    .from(auditLog)
    .where(eq(auditLog.actorLabel, label))
    .orderBy(auditLog.id)
    .all();
let fixtureHash: string | undefined;
const addUser = (username: string, hash = (fixtureHash ??= hashPasswordSync(fixturePassword))) =>
  getDb()
    .insert(users)
    .values({ username, displayName: username, role: 'officer', organizationId: env.orgs.HDND, passwordHash: hash })
    .returning({ id: users.id })
    .get().id;
const at = (ip: string) => ({ ip });
/** Moves every recorded failure of `username` back in time, as if `ms` had passed. */
const age = (username: string, ms: number) => {
  for (const row of getDb().select().from(loginFailures).where(eq(loginFailures.username, username)).all()) {
    getDb()
      .update(loginFailures)
      .set({ at: new Date(row.at.getTime() - ms) })
      .where(eq(loginFailures.id, row.id))
      .run();
  }
};
const verifications = async (run: () => Promise<unknown>) => {
  const before = hashWork.verifications;
  await run();
  return hashWork.verifications - before;
};

beforeAll(() => {
  env = openAuthTestDb();
});
afterAll(() => env.cleanup());
afterEach(() => {
  delete process.env.AUTH_HASH_CONCURRENCY;
  delete process.env.AUTH_HASH_QUEUE;
  reloadAuthConfig();
});

describe('verifyCredentials', () => {
  it('lets the right password in, case-insensitive username, and audits the login with the address', async () => {
    expect(await verifyCredentials('  HDND ', fixturePassword, at('1.1.1.1'))).toEqual({
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
    expect(await verifyCredentials('khong-ton-tai', fixturePassword, at('2.2.2.2'))).toEqual({
      ok: false,
      code: 'invalid',
    });
    expect(await verifyCredentials('ubnd', 'sai-mat-khau', at('2.2.2.2'))).toEqual({ ok: false, code: 'invalid' });
    expect(await verifyCredentials('tam-nghi', fixturePassword, at('2.2.2.2'))).toEqual({ ok: false, code: 'invalid' });
    expect(audits('khong-ton-tai')).toEqual([{ action: 'login_failed', entityId: null, ip: '2.2.2.2' }]);
    expect(audits('ubnd')).toEqual([{ action: 'login_failed', entityId: env.ids.ubnd, ip: '2.2.2.2' }]);
    expect(audits('tam-nghi')).toEqual([{ action: 'login_failed', entityId: disabled, ip: '2.2.2.2' }]);
  });

  it('does the same work for an unknown user and a wrong password: one verification with today’s parameters', async () => {
    expect(await verifications(() => verifyCredentials('khong-ai-ca', 'sai-mat-khau', at('timing')))).toBe(1);
    expect(await verifications(() => verifyCredentials('bithu', 'sai-mat-khau', at('timing')))).toBe(1);
    // The unknown user's comparison is against a hash made with the same parameters as real ones.
    expect(needsRehash(await dummyHash())).toBe(false);
    const real = getDb().select({ h: users.passwordHash }).from(users).where(eq(users.id, env.ids.bithu)).get()!.h;
    expect(needsRehash(real)).toBe(false);
    expect(real.split('$').slice(0, 4)).toEqual((await dummyHash()).split('$').slice(0, 4));
  });

  it('holds up the (username, address) that failed five times, not the owner at another address', async () => {
    const id = addUser('se-bi-khoa');
    for (let i = 1; i <= 4; i++)
      expect(await verifyCredentials('se-bi-khoa', `sai-${i}`, at('3.3.3.3'))).toEqual({ ok: false, code: 'invalid' });
    expect(await verifyCredentials('se-bi-khoa', 'sai-5', at('3.3.3.3'))).toEqual({ ok: false, code: 'locked' });
    // The attacker's address waits, even with the right password, and costs no verification.
    expect(
      await verifications(async () =>
        expect(await verifyCredentials('se-bi-khoa', fixturePassword, at('3.3.3.3'))).toEqual({
          ok: false,
          code: 'locked',
        }),
      ),
    ).toBe(0);
    // The owner, elsewhere, gets in at once.
    expect((await verifyCredentials('se-bi-khoa', fixturePassword, at('8.8.8.8'))).ok).toBe(true);
    expect(audits('se-bi-khoa').map((a) => a.action)).toEqual([
      ...Array(5).fill('login_failed'),
      'account_locked',
      'login_refused_locked',
    ]);
    // The administrator sees until when some place is held up.
    const lockedUntil = getDb().select({ t: users.lockedUntil }).from(users).where(eq(users.id, id)).get()!.t!;
    expect(lockedUntil.getTime()).toBeGreaterThan(Date.now());
  });

  it('makes each further failure wait longer (progressive), up to fifteen minutes', async () => {
    addUser('cham-dan');
    for (let i = 1; i <= 5; i++) await verifyCredentials('cham-dan', `sai-${i}`, at('9.9.9.9'));
    const waits: number[] = [];
    for (let round = 0; round < 8; round++) {
      // The wait after the latest failure: just before it ends the place is refused, after it a try counts.
      const until = getDb().select({ t: users.lockedUntil }).from(users).where(eq(users.username, 'cham-dan')).get()!
        .t!;
      const last = getDb()
        .select({ at: loginFailures.at })
        .from(loginFailures)
        .where(eq(loginFailures.username, 'cham-dan'))
        .all()
        .map((r) => r.at.getTime())
        .sort((a, b) => b - a)[0]!;
      const wait = until.getTime() - last;
      waits.push(wait);
      age('cham-dan', wait - 1000);
      expect((await verifyCredentials('cham-dan', 'sai', at('9.9.9.9'))).ok).toBe(false);
      expect(audits('cham-dan').at(-1)?.action).toBe('login_refused_locked');
      age('cham-dan', 2000);
      getDb().update(users).set({ lockedUntil: null }).where(eq(users.username, 'cham-dan')).run();
      expect(await verifyCredentials('cham-dan', 'sai', at('9.9.9.9'))).toEqual({ ok: false, code: 'locked' });
    }
    expect(waits.slice(0, 5)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(waits.slice(5)).toEqual([maxWaitMs, maxWaitMs, maxWaitMs]);
  });

  it('treats an unknown username the same way, so waiting tells nobody which names exist', async () => {
    for (let i = 1; i <= 4; i++)
      expect(await verifyCredentials('ai-do', `sai-${i}`, at('4.4.4.4'))).toEqual({ ok: false, code: 'invalid' });
    expect(await verifyCredentials('ai-do', 'sai-5', at('4.4.4.4'))).toEqual({ ok: false, code: 'locked' });
    expect(await verifyCredentials('ai-do', 'sai-6', at('4.4.4.4'))).toEqual({ ok: false, code: 'locked' });
    expect(audits('ai-do').map((a) => a.action)).toEqual([
      ...Array(5).fill('login_failed'),
      'account_locked',
      'login_refused_locked',
    ]);
  });

  it('without a trusted proxy (every client is "direct") the owner’s known browser still gets in', async () => {
    addUser('chu-tich');
    for (let i = 1; i <= 12; i++) await verifyCredentials('chu-tich', `sai-${i}`, at('direct'));
    expect(await verifyCredentials('chu-tich', fixturePassword, at('direct'))).toEqual({ ok: false, code: 'locked' });
    const owner = await verifyCredentials('chu-tich', fixturePassword, { ip: 'direct', knownDevice: 'ban-lam-viec-1' });
    expect(owner.ok).toBe(true);
    // A known browser guessing wrong is held up on its own, without touching the address's count.
    for (let i = 1; i <= 5; i++)
      await verifyCredentials('chu-tich', `sai-${i}`, { ip: 'direct', knownDevice: 'may-khac' });
    expect((await verifyCredentials('chu-tich', fixturePassword, { ip: 'direct', knownDevice: 'may-khac' })).ok).toBe(
      false,
    );
    expect(
      (await verifyCredentials('chu-tich', fixturePassword, { ip: 'direct', knownDevice: 'ban-lam-viec-1' })).ok,
    ).toBe(true);
  });

  it('twenty failures on the shared "direct" bucket slow no other username', async () => {
    const now = Date.now();
    getDb()
      .insert(loginFailures)
      .values(
        Array.from({ length: maxFailuresPerAddress + 5 }, (_, i) => ({
          ip: 'direct',
          username: `ke-xau-${i}`,
          at: new Date(now - i * 1000),
        })),
      )
      .run();
    expect(await verifyCredentials('hdnd', 'sai', at('direct'))).toEqual({ ok: false, code: 'invalid' });
    expect((await verifyCredentials('hdnd', fixturePassword, at('direct'))).ok).toBe(true);
  });

  it('behind a trusted proxy refuses an address with twenty failures across usernames, without hashing', async () => {
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
    expect(await verifications(() => verifyCredentials('hdnd', 'sai', at('5.5.5.5')))).toBe(0);
    expect(await verifyCredentials('hdnd', fixturePassword, at('5.5.5.5'))).toEqual({ ok: false, code: 'throttled' });
    // Another address is not slowed.
    expect(await verifyCredentials('hdnd', 'sai', at('6.6.6.6'))).toEqual({ ok: false, code: 'invalid' });
    expect((await verifyCredentials('hdnd', fixturePassword, at('6.6.6.6'))).ok).toBe(true);
  });

  it('clearLoginFailures lifts every wait on a username', async () => {
    addUser('mo-khoa');
    for (let i = 1; i <= 6; i++) await verifyCredentials('mo-khoa', `sai-${i}`, at('direct'));
    expect((await verifyCredentials('mo-khoa', fixturePassword, at('direct'))).ok).toBe(false);
    getDb().transaction((tx) => clearLoginFailures(tx, 'mo-khoa'));
    expect((await verifyCredentials('mo-khoa', fixturePassword, at('direct'))).ok).toBe(true);
  });

  it('keeps bcrypt hashes of before working (checked off the main thread) and upgrades them to argon2id', async () => {
    const id = addUser('hash-cu', bcrypt.hashSync(fixturePassword, 10));
    expect(await verifyCredentials('hash-cu', 'sai-mat-khau', at('7.7.7.7'))).toEqual({ ok: false, code: 'invalid' });
    expect((await verifyCredentials('hash-cu', fixturePassword, at('7.7.7.7'))).ok).toBe(true);
    const hash = getDb().select({ h: users.passwordHash }).from(users).where(eq(users.id, id)).get()!.h;
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(needsRehash(hash)).toBe(false);
    expect((await verifyCredentials('hash-cu', fixturePassword, at('7.7.7.7'))).ok).toBe(true);
  });

  it('answers "busy" at once when every password-check slot and the queue are taken', async () => {
    process.env.AUTH_HASH_CONCURRENCY = '1';
    process.env.AUTH_HASH_QUEUE = '0';
    reloadAuthConfig();
    const [first, second] = await Promise.all([
      verifyCredentials('ubnd', fixturePassword, at('10.0.0.1')),
      verifyCredentials('hdnd', fixturePassword, at('10.0.0.2')),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, code: 'busy' });
    // A busy answer is no failure: nothing is counted against the place.
    expect(getDb().select().from(loginFailures).where(eq(loginFailures.ip, '10.0.0.2')).all()).toEqual([]);
  });
});
