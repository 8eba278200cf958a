import 'server-only';
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import { getDb, type Db } from '../client';
import { loginFailures, users } from '../schema';
import { writeAudit } from './audit';

export const maxFailuresPerAccount = 5;
export const accountLockMs = 15 * 60 * 1000;
export const maxFailuresPerAddress = 20;
const addressWindowMs = 15 * 60 * 1000;
const addressDelayMs = 2000;
const failureRetentionMs = 24 * 60 * 60 * 1000;

export type LoginResult =
  { ok: true; userId: number; sessionVersion: number } | { ok: false; code: 'invalid' | 'locked' | 'throttled' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function normaliseUsername(raw: string): string {
  return raw.trim().toLowerCase().slice(0, 64);
}

/**
 * When an unknown username would be locked, replaying its recorded failures with the same rule
 * as real accounts (five failures lock for fifteen minutes; failures while locked do not count).
 * Without this, "the sixth try says locked" would tell which usernames exist.
 */
function unknownUserLockedUntil(db: Pick<Db, 'select'>, username: string, now: number): number {
  const rows = db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username), gte(loginFailures.at, new Date(now - failureRetentionMs))))
    .orderBy(asc(loginFailures.at))
    .all();
  let count = 0;
  let until = 0;
  for (const { at } of rows) {
    const t = at.getTime();
    if (t < until) continue;
    count += 1;
    if (count >= maxFailuresPerAccount) {
      until = t + accountLockMs;
      count = 0;
    }
  }
  return until;
}

/**
 * Checks a username and password. Unknown user, wrong password and disabled account all answer
 * 'invalid' after the same work (one bcrypt compare at the same cost); five failures lock the
 * name for fifteen minutes, whether or not it exists; an address with twenty failures across
 * accounts is slowed down. Every failure and every lockout is audited.
 */
export async function verifyCredentials(rawUsername: string, password: string, ip: string): Promise<LoginResult> {
  const db = getDb();
  const username = normaliseUsername(rawUsername);
  const now = Date.now();

  const recentFromAddress =
    db
      .select({ n: sql<number>`count(*)` })
      .from(loginFailures)
      .where(and(eq(loginFailures.ip, ip), gte(loginFailures.at, new Date(now - addressWindowMs))))
      .get()?.n ?? 0;
  const slowed = recentFromAddress >= maxFailuresPerAddress;
  if (slowed) await sleep(addressDelayMs);

  const user = db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active, lockedUntil: users.lockedUntil })
    .from(users)
    .where(eq(users.username, username))
    .get();

  const matches = await verifyPassword(password, user?.passwordHash ?? dummyHash());
  const lockedUntil = user ? (user.lockedUntil?.getTime() ?? 0) : unknownUserLockedUntil(db, username, now);
  const locked = lockedUntil > now;

  if (user && matches && user.active && !locked) {
    // Hashes made at a lower cost (an older seed) are upgraded while the password is at hand.
    const upgraded = needsRehash(user.passwordHash) ? await hashPassword(password) : null;
    return db.transaction((tx) => {
      const row = tx
        .update(users)
        .set({ failedLogins: 0, lockedUntil: null, ...(upgraded ? { passwordHash: upgraded } : {}) })
        .where(eq(users.id, user.id))
        .returning({ sessionVersion: users.sessionVersion })
        .get();
      writeAudit(tx, { actorId: user.id, action: 'login', entityType: 'user', entityId: user.id, ip });
      return { ok: true, userId: user.id, sessionVersion: row!.sessionVersion } as const;
    });
  }

  return db.transaction((tx) => {
    tx.insert(loginFailures)
      .values({ ip, username, at: new Date(now) })
      .run();
    // Old rows serve neither window; trimming here keeps the table small.
    tx.delete(loginFailures)
      .where(lt(loginFailures.at, new Date(now - failureRetentionMs)))
      .run();
    const audit = (action: string, details?: Record<string, unknown>) =>
      writeAudit(tx, {
        actorId: user?.id ?? null,
        actorLabel: username,
        action,
        entityType: 'user',
        entityId: user?.id ?? null,
        ip,
        details,
      });

    if (locked) {
      audit('login_refused_locked', { lockedUntil: new Date(lockedUntil).toISOString() });
      return { ok: false, code: 'locked' } as const;
    }
    audit('login_failed', { reason: !user ? 'unknown_user' : !matches ? 'wrong_password' : 'disabled' });

    let lockNow: boolean;
    if (user) {
      // Read again inside the write transaction so two parallel guesses both count.
      const current = tx.select({ failedLogins: users.failedLogins }).from(users).where(eq(users.id, user.id)).get();
      const failures = (current?.failedLogins ?? 0) + 1;
      lockNow = failures >= maxFailuresPerAccount;
      tx.update(users)
        .set(lockNow ? { failedLogins: 0, lockedUntil: new Date(now + accountLockMs) } : { failedLogins: failures })
        .where(eq(users.id, user.id))
        .run();
    } else {
      lockNow = unknownUserLockedUntil(tx, username, now) > now;
    }
    if (lockNow) {
      audit('account_locked', { failures: maxFailuresPerAccount, minutes: accountLockMs / 60000 });
      return { ok: false, code: 'locked' } as const;
    }
    return { ok: false, code: slowed ? 'throttled' : 'invalid' } as const;
  });
}

/** Audits a logout (the JWT itself simply expires in the browser). */
export function recordLogout(userId: number): void {
  const db = getDb();
  db.transaction((tx) => writeAudit(tx, { actorId: userId, action: 'logout', entityType: 'user', entityId: userId }));
}
