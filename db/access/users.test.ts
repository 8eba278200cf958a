import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, fixturePassword, openAuthTestDb } from '@/test/auth-test-db';
import { getDb } from '../client';
import { auditLog, users } from '../schema';
import { verifyCredentials } from './login';
import { AuthError } from '@/lib/auth/auth-error';
import { loadActiveUser, type CurrentUser } from './session';
import {
  changeOwnPassword,
  createAccount,
  getAccount,
  listAccounts,
  listOrganizationOptions,
  moveAccount,
  resetPassword,
  setAccountActive,
  unlockAccount,
} from './users';

let env: ReturnType<typeof openAuthTestDb>;
const sv = (id: number) => getDb().select({ sv: users.sessionVersion }).from(users).where(eq(users.id, id)).get()!.sv;
const as = (id: number): CurrentUser => loadActiveUser(id, sv(id))!;
const lastAudit = () => getDb().select().from(auditLog).orderBy(auditLog.id).all().at(-1)!;
const userCount = () => getDb().select().from(users).all().length;

beforeAll(() => {
  env = openAuthTestDb();
});
afterAll(() => env.cleanup());

describe('account administration', () => {
  it('refuses every function to officers and the chair, writing nothing', async () => {
    const before = { audits: auditCount(), users: userCount(), svHdnd: sv(env.ids.hdnd) };
    for (const actor of [as(env.ids.hdnd), as(env.ids.bithu)]) {
      expect(() => listAccounts(actor)).toThrow(AuthError);
      expect(() => getAccount(actor, env.ids.ubnd)).toThrow(AuthError);
      expect(() => listOrganizationOptions(actor)).toThrow(AuthError);
      expect(() => setAccountActive(actor, env.ids.ubnd, false, null)).toThrow(AuthError);
      expect(() => unlockAccount(actor, env.ids.ubnd, null)).toThrow(AuthError);
      expect(() => moveAccount(actor, env.ids.ubnd, { role: 'admin', organizationId: null }, null)).toThrow(AuthError);
      await expect(resetPassword(actor, env.ids.ubnd, 'mot-mat-khau-moi', null)).rejects.toThrow(AuthError);
      await expect(
        createAccount(
          actor,
          { username: 'hacker', displayName: 'x', role: 'admin', organizationId: null, password: 'mot-mat-khau-moi' },
          null,
        ),
      ).rejects.toThrow(AuthError);
    }
    expect({ audits: auditCount(), users: userCount(), svHdnd: sv(env.ids.hdnd) }).toEqual(before);
    expect(as(env.ids.ubnd).role).toBe('officer');
  });

  it('lists accounts without any password hash', () => {
    const rows = listAccounts(as(env.ids.admin));
    expect(rows.map((r) => r.username)).toEqual(['admin', 'bithu', 'hdnd', 'ubnd']);
    for (const row of rows) expect(Object.keys(row)).not.toContain('passwordHash');
    expect(JSON.stringify(rows)).not.toContain('$2');
  });

  it('creates an account with an argon2id hash and audits it without the password', async () => {
    const admin = as(env.ids.admin);
    const result = await createAccount(
      admin,
      {
        username: ' Canbo.Moi ',
        displayName: '<img src=x onerror=alert(1)>',
        role: 'officer',
        organizationId: env.orgs.HDND,
        password: 'mat-khau-cua-can-bo',
      },
      '10.0.0.1',
    );
    expect(result.ok).toBe(true);
    const id = result.ok ? result.value.id : 0;
    const row = getDb().select().from(users).where(eq(users.id, id)).get()!;
    expect(row.username).toBe('canbo.moi');
    expect(row.displayName).toBe('<img src=x onerror=alert(1)>');
    expect(row.passwordHash.startsWith('$argon2id$')).toBe(true);
    const audit = lastAudit();
    expect(audit).toMatchObject({ action: 'account_created', entityId: id, actorId: admin.id, ip: '10.0.0.1' });
    expect(JSON.stringify(audit.details)).not.toContain('mat-khau-cua-can-bo');
    expect((await verifyCredentials('canbo.moi', 'mat-khau-cua-can-bo', { ip: 't' })).ok).toBe(true);
  });

  it('refuses a taken username, an officer without organization and a weak password', async () => {
    const admin = as(env.ids.admin);
    const before = { audits: auditCount(), users: userCount() };
    const base = {
      displayName: 'Người mới',
      role: 'officer' as const,
      organizationId: env.orgs.UBND,
      password: 'mat-khau-du-dai',
    };
    expect(await createAccount(admin, { ...base, username: 'HDND' }, null)).toEqual({
      ok: false,
      error: { code: 'username_taken' },
    });
    expect(await createAccount(admin, { ...base, username: 'moi1', organizationId: null }, null)).toEqual({
      ok: false,
      error: { code: 'organization_missing' },
    });
    expect(await createAccount(admin, { ...base, username: 'moi2', organizationId: 9999 }, null)).toEqual({
      ok: false,
      error: { code: 'organization_missing' },
    });
    expect(await createAccount(admin, { ...base, username: 'moi3', password: 'ngan' }, null)).toEqual({
      ok: false,
      error: { code: 'weak_password', problem: 'too_short' },
    });
    expect(await createAccount(admin, { ...base, username: 'moi4-dai-qua', password: 'MOI4-DAI-QUA' }, null)).toEqual({
      ok: false,
      error: { code: 'weak_password', problem: 'same_as_username' },
    });
    expect({ audits: auditCount(), users: userCount() }).toEqual(before);
  });

  it('disabling ends the sessions at once; an admin cannot disable themself', () => {
    const admin = as(env.ids.admin);
    const oldSv = sv(env.ids.ubnd);
    expect(loadActiveUser(env.ids.ubnd, oldSv)).not.toBeNull();
    expect(setAccountActive(admin, env.ids.ubnd, false, null)).toEqual({ ok: true, value: null });
    expect(loadActiveUser(env.ids.ubnd, oldSv)).toBeNull();
    expect(loadActiveUser(env.ids.ubnd, sv(env.ids.ubnd))).toBeNull();
    expect(lastAudit()).toMatchObject({ action: 'account_disabled', entityId: env.ids.ubnd });
    expect(setAccountActive(admin, env.ids.ubnd, true, null).ok).toBe(true);
    expect(loadActiveUser(env.ids.ubnd, sv(env.ids.ubnd))?.username).toBe('ubnd');
    expect(setAccountActive(admin, admin.id, false, null)).toEqual({ ok: false, error: { code: 'self' } });
    expect(setAccountActive(admin, 424242, false, null)).toEqual({ ok: false, error: { code: 'not_found' } });
  });

  it('moving an account changes its role at the next request and audits before and after', () => {
    const admin = as(env.ids.admin);
    const oldSv = sv(env.ids.hdnd);
    expect(moveAccount(admin, env.ids.hdnd, { role: 'officer', organizationId: env.orgs.UBND }, null)).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(loadActiveUser(env.ids.hdnd, oldSv)).toBeNull();
    expect(as(env.ids.hdnd).organizationCode).toBe('UBND');
    expect(lastAudit().details).toEqual({
      username: 'hdnd',
      before: { role: 'officer', organization: 'HDND' },
      after: { role: 'officer', organization: 'UBND' },
    });
    expect(moveAccount(admin, env.ids.hdnd, { role: 'officer', organizationId: null }, null)).toEqual({
      ok: false,
      error: { code: 'organization_missing' },
    });
    expect(moveAccount(admin, env.ids.hdnd, { role: 'officer', organizationId: env.orgs.HDND }, null).ok).toBe(true);
    expect(moveAccount(admin, admin.id, { role: 'officer', organizationId: env.orgs.HDND }, null)).toEqual({
      ok: false,
      error: { code: 'self' },
    });
  });

  it('a password reset ends sessions, clears a lockout and lets the new password in', async () => {
    const admin = as(env.ids.admin);
    for (let i = 0; i < 5; i++) await verifyCredentials('bithu', 'sai-mat-khau', { ip: 'reset-test' });
    expect((await verifyCredentials('bithu', fixturePassword, { ip: 'reset-test' })).ok).toBe(false);
    const oldSv = sv(env.ids.bithu);
    expect(await resetPassword(admin, env.ids.bithu, 'bithu', null)).toEqual({
      ok: false,
      error: { code: 'weak_password', problem: 'too_short' },
    });
    // The username with digits after it is the username still.
    expect(await resetPassword(admin, env.ids.bithu, 'bithu12345', null)).toEqual({
      ok: false,
      error: { code: 'weak_password', problem: 'same_as_username' },
    });
    expect(await resetPassword(admin, env.ids.bithu, ' '.repeat(10), null)).toEqual({
      ok: false,
      error: { code: 'weak_password', problem: 'blank' },
    });
    expect(await resetPassword(admin, env.ids.bithu, 'matkhau@2024', null)).toEqual({
      ok: false,
      error: { code: 'weak_password', problem: 'common' },
    });
    expect(loadActiveUser(env.ids.bithu, oldSv)).not.toBeNull();
    expect(await resetPassword(admin, env.ids.bithu, 'bithu-gio-moi-5678', null)).toMatchObject({ ok: true });
    expect(loadActiveUser(env.ids.bithu, oldSv)).toBeNull();
    expect(lastAudit()).toMatchObject({ action: 'password_reset', entityId: env.ids.bithu });
    expect((await verifyCredentials('bithu', 'bithu-gio-moi-5678', { ip: 'reset-test' })).ok).toBe(true);
    expect(await resetPassword(admin, admin.id, 'mot-mat-khau-moi', null)).toEqual({
      ok: false,
      error: { code: 'self' },
    });
  });
});

describe('changing one’s own password', () => {
  it('requires the current password and refuses the username, changing nothing', async () => {
    const me = as(env.ids.ubnd);
    const before = getDb()
      .select({ h: users.passwordHash, sv: users.sessionVersion })
      .from(users)
      .where(eq(users.id, me.id))
      .get();
    expect(await changeOwnPassword(me, 'khong-dung', 'mat-khau-moi-hop-le', null)).toEqual({
      ok: false,
      error: { code: 'wrong_password' },
    });
    expect(lastAudit()).toMatchObject({ action: 'password_change_refused', actorId: me.id });
    expect(await changeOwnPassword(me, fixturePassword, 'UBND', null)).toEqual({
      ok: false,
      error: { code: 'weak_password', problem: 'too_short' },
    });
    expect(await changeOwnPassword(me, fixturePassword, 'ubnd', null)).toMatchObject({ ok: false });
    expect(
      getDb().select({ h: users.passwordHash, sv: users.sessionVersion }).from(users).where(eq(users.id, me.id)).get(),
    ).toEqual(before);
  });

  it('refuses ten spaces, the current password reused and a common password, changing nothing', async () => {
    const me = as(env.ids.ubnd);
    const before = getDb()
      .select({ h: users.passwordHash, sv: users.sessionVersion })
      .from(users)
      .where(eq(users.id, me.id))
      .get();
    const audits = auditCount();
    for (const [next, problem] of [
      [' '.repeat(10), 'blank'],
      [fixturePassword, 'same_as_current'],
      ['Password2024!', 'common'],
      ['Mật khẩu 123', 'common'],
      ['anhyeuem2024', 'common'],
    ] as const) {
      expect(await changeOwnPassword(me, fixturePassword, next, null)).toEqual({
        ok: false,
        error: { code: 'weak_password', problem },
      });
    }
    expect(
      getDb().select({ h: users.passwordHash, sv: users.sessionVersion }).from(users).where(eq(users.id, me.id)).get(),
    ).toEqual(before);
    expect(auditCount()).toBe(audits);
    expect(loadActiveUser(me.id, before!.sv)).not.toBeNull();
  });

  it('changes it, ends the old session and the new password logs in', async () => {
    const me = as(env.ids.ubnd);
    const oldSv = sv(me.id);
    expect(await changeOwnPassword(me, fixturePassword, 'mat-khau-moi-hop-le', '10.0.0.2')).toEqual({
      ok: true,
      value: null,
    });
    expect(loadActiveUser(me.id, oldSv)).toBeNull();
    expect(lastAudit()).toMatchObject({ action: 'password_changed', actorId: me.id, ip: '10.0.0.2' });
    expect((await verifyCredentials('ubnd', fixturePassword, { ip: 'own-test' })).ok).toBe(false);
    const again = await verifyCredentials('ubnd', 'mat-khau-moi-hop-le', { ip: 'own-test' });
    expect(again).toEqual({ ok: true, userId: me.id, sessionVersion: oldSv + 1 });
  });

  it('the fifth wrong current password ends the account’s sessions', async () => {
    const me = as(env.ids.hdnd);
    const oldSv = sv(me.id);
    for (let i = 0; i < 4; i++) await changeOwnPassword(me, `sai-${i}`, 'mat-khau-moi-hop-le', null);
    expect(loadActiveUser(me.id, oldSv)).not.toBeNull();
    await changeOwnPassword(me, 'sai-5', 'mat-khau-moi-hop-le', null);
    expect(lastAudit()).toMatchObject({ action: 'sessions_ended', entityId: me.id });
    expect(loadActiveUser(me.id, oldSv)).toBeNull();
    // The guesser is back at the login page, throttled there; the owner logs in again.
    expect((await verifyCredentials('hdnd', fixturePassword, { ip: 'own-test' })).ok).toBe(true);
  });
});
