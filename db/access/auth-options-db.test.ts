import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { sql } from 'drizzle-orm';
import { fixturePassword, openAuthTestDb } from '@/test/auth-test-db';
import { setLogSink } from '@/lib/log';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { recordLogout } from '@/db/access/login';
import { authOptions, authorizeCredentials, signInErrorCodes } from './auth-options';

let env: ReturnType<typeof openAuthTestDb>;
beforeAll(() => {
  env = openAuthTestDb();
});
afterAll(() => {
  setLogSink(null);
  env.cleanup();
});

const refusal = async (username: string, password: string) => {
  try {
    await authorizeCredentials({ username, password }, {});
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('sign-in errors', () => {
  it('carry only known codes to the URL; a database failure becomes "unavailable" and is logged', async () => {
    expect(await refusal('hdnd', 'sai-mat-khau')).toBe('invalid');
    // The database refuses writes as a read-only one does (the failure is recorded before anything else).
    getDb().run(
      sql.raw(
        "CREATE TRIGGER refuse_failures BEFORE INSERT ON login_failures BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END",
      ),
    );
    const lines: string[] = [];
    setLogSink((_stream, line) => lines.push(line));
    const code = await refusal('hdnd', 'sai-mat-khau');
    expect(code).toBe('unavailable');
    expect(signInErrorCodes).toContain(code);
    expect(lines.some((l) => l.includes('"event":"sign_in_failed"') && l.includes('readonly database'))).toBe(true);
    getDb().run(sql.raw('DROP TRIGGER refuse_failures'));
    expect(await authorizeCredentials({ username: 'hdnd', password: fixturePassword }, {})).toEqual({
      id: String(env.ids.hdnd),
      sv: 1,
    });
  });
});

describe('a dead token', () => {
  it('gets no session (/api/auth/session answers {}) once logged out or disabled', async () => {
    const jwt = authOptions.callbacks!.jwt!;
    const check = async (uid: number, sv: number) => jwt({ token: { uid, sv } as never, account: null } as never);
    const sv = () =>
      getDb().select({ sv: users.sessionVersion }).from(users).where(eq(users.id, env.ids.ubnd)).get()!.sv;
    const before = sv();
    await expect(check(env.ids.ubnd, before)).resolves.toEqual({ uid: env.ids.ubnd, sv: before });
    recordLogout(env.ids.ubnd, before);
    await expect(check(env.ids.ubnd, before)).rejects.toThrow(/session ended/);
    await expect(check(env.ids.ubnd, sv())).resolves.toEqual({ uid: env.ids.ubnd, sv: sv() });
    getDb().update(users).set({ active: false }).where(eq(users.id, env.ids.ubnd)).run();
    await expect(check(env.ids.ubnd, sv())).rejects.toThrow(/session ended/);
    // A logout with an old token does not end the current sessions.
    getDb().update(users).set({ active: true }).where(eq(users.id, env.ids.ubnd)).run();
    const current = sv();
    recordLogout(env.ids.ubnd, before);
    expect(sv()).toBe(current);
  });
});
