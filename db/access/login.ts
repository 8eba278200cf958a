import 'server-only';
import bcrypt from 'bcryptjs';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { loginFailures, users } from '../schema';
import { writeAudit } from './audit';

export const maxFailuresPerAccount = 5;
export const accountLockMs = 15 * 60 * 1000;
export const maxFailuresPerAddress = 20;
const addressWindowMs = 15 * 60 * 1000;
const addressDelayMs = 2000;

// Compared against when the username is unknown, so both failures cost one bcrypt compare.
const dummyHash = bcrypt.hashSync('not-a-real-password-0000', 12);

export type LoginResult =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; code: 'invalid' | 'locked' | 'throttled' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks a username and password. Unknown user, wrong password and disabled account all answer
 * 'invalid' after the same work; five failures lock the account for fifteen minutes; an address
 * with twenty failures across accounts is slowed down. Every failure is audited.
 */
export async function verifyCredentials(
  rawUsername: string,
  password: string,
  ip: string,
): Promise<LoginResult> {
  const db = getDb();
  const username = rawUsername.trim().toLowerCase().slice(0, 64);
  const now = Date.now();

  const recentFromAddress = db
    .select({ n: sql<number>`count(*)` })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gte(loginFailures.at, new Date(now - addressWindowMs))))
    .get()?.n ?? 0;
  if (recentFromAddress >= maxFailuresPerAddress) await sleep(addressDelayMs);

  const user = db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      active: users.active,
      lockedUntil: users.lockedUntil,
      failedLogins: users.failedLogins,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.username, username))
    .get();

  const matches = await bcrypt.compare(password.slice(0, 200), user?.passwordHash ?? dummyHash);
  const locked = !!user?.lockedUntil && user.lockedUntil.getTime() > now;

  if (user && matches && user.active && !locked) {
    db.transaction((tx) => {
      tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
      writeAudit(tx, { actorId: user.id, action: 'login', entityType: 'user', entityId: user.id, ip });
    });
    return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
  }

  return db.transaction((tx) => {
    tx.insert(loginFailures).values({ ip, username, at: new Date(now) }).run();
    // Old rows only serve the address window; trimming here keeps the table small.
    tx.delete(loginFailures).where(lt(loginFailures.at, new Date(now - 24 * 60 * 60 * 1000))).run();
    writeAudit(tx, {
      actorId: user?.id ?? null,
      actorLabel: username,
      action: locked ? 'login_refused_locked' : 'login_failed',
      entityType: 'user',
      entityId: user?.id ?? null,
      ip,
    });
    if (!user) return { ok: false, code: 'invalid' } as const;
    if (locked) return { ok: false, code: 'locked' } as const;
    const failures = user.failedLogins + 1;
    const lockNow = failures >= maxFailuresPerAccount;
    tx.update(users)
      .set({
        failedLogins: lockNow ? 0 : failures,
        lockedUntil: lockNow ? new Date(now + accountLockMs) : user.lockedUntil,
      })
      .where(eq(users.id, user.id))
      .run();
    if (lockNow) {
      writeAudit(tx, { actorId: user.id, action: 'account_locked', entityType: 'user', entityId: user.id, ip, details: { failures } });
      return { ok: false, code: 'locked' } as const;
    }
    return { ok: false, code: recentFromAddress >= maxFailuresPerAddress ? 'throttled' : 'invalid' } as const;
  });
}
