import 'server-only';
import { and, count, eq, gte, lt, max, sql } from 'drizzle-orm';
import { authConfig } from '@/lib/auth/auth-config';
import { HashBusyError } from '@/lib/auth/hash-gate';
import {
  addressIsShared,
  addressWindowMs,
  failureRetentionMs,
  maxFailuresPerAddress,
  normaliseUsername,
  waitAfter,
} from '@/lib/auth/login-rules';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import { getDb, type Db } from '../client';
import { loginFailures, users } from '../schema';
import { writeAudit } from './audit';

export type LoginFailureCode = 'invalid' | 'locked' | 'throttled' | 'busy';
export type LoginResult = { ok: true; userId: number; sessionVersion: number } | { ok: false; code: LoginFailureCode };

export type LoginPlace = {
  /** The client's address (lib/auth/client-ip.ts): 'direct' when no trusted proxy names it. */
  ip: string;
  /**
   * The id of a browser this username logged in from before (a signed cookie, checked by the
   * caller for this username), or null. Its failures are counted apart from the address's, so
   * that without a trusted proxy (every client is 'direct') an attacker cannot hold up the owner.
   */
  knownDevice?: string | null;
};

type Reader = Pick<Db, 'select'>;

/**
 * The key failures are counted under (kept in login_failures.ip): the known browser, else the
 * address. The same username from another address or browser has a key of its own.
 */
function placeKey(place: LoginPlace): string {
  return place.knownDevice ? `device:${place.knownDevice}` : place.ip;
}

/** Failures of (username, key) since its last success, and the time of the latest. */
function pairFailures(db: Reader, username: string, key: string, now: number): { n: number; last: number } {
  const row = db
    .select({ n: count(), last: max(loginFailures.at) })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.username, username),
        eq(loginFailures.ip, key),
        gte(loginFailures.at, new Date(now - failureRetentionMs)),
      ),
    )
    .get();
  const last = row?.last as Date | number | null | undefined;
  return { n: row?.n ?? 0, last: last instanceof Date ? last.getTime() : Number(last ?? 0) };
}

function pairWaitUntil(db: Reader, username: string, key: string, now: number): number {
  const { n, last } = pairFailures(db, username, key, now);
  const wait = waitAfter(n, authConfig().AUTH_THROTTLE_DELAY_MS);
  return wait > 0 ? last + wait : 0;
}

function addressFailures(db: Reader, ip: string, now: number): number {
  return (
    db
      .select({ n: count() })
      .from(loginFailures)
      .where(and(eq(loginFailures.ip, ip), gte(loginFailures.at, new Date(now - addressWindowMs))))
      .get()?.n ?? 0
  );
}

/**
 * Checks a username and password. Unknown user, wrong password and disabled account all answer
 * 'invalid' after the same work (one verification with today's parameters). Failures are counted
 * per (username, place): after five, that place waits, longer after each further failure (see
 * lib/auth/login-rules.ts), whether or not the username exists; the owner elsewhere is not
 * held up. Behind a trusted proxy an address failing twenty times in fifteen minutes across
 * usernames is refused for a while. When every password-check slot is busy the answer is
 * 'busy' at once. Every failure and refusal is audited with the address.
 */
export async function verifyCredentials(
  rawUsername: string,
  password: string,
  place: LoginPlace,
): Promise<LoginResult> {
  const db = getDb();
  const username = normaliseUsername(rawUsername);
  const { ip } = place;
  const key = placeKey(place);
  const now = Date.now();

  const audit = (tx: Pick<Db, 'insert' | 'select'>, userId: number | null, action: string, details?: object) =>
    writeAudit(tx, {
      actorId: userId,
      actorLabel: username,
      action,
      entityType: 'user',
      entityId: userId,
      ip,
      details: details as Record<string, unknown> | undefined,
    });

  const user = db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.username, username))
    .get();

  // Refusals that cost no password check (and are not counted as failures, so they end on time).
  if (!addressIsShared(ip) && addressFailures(db, ip, now) >= maxFailuresPerAddress) {
    db.transaction((tx) => audit(tx, user?.id ?? null, 'login_refused_throttled', { reason: 'address' }));
    return { ok: false, code: 'throttled' };
  }
  const waitUntil = pairWaitUntil(db, username, key, now);
  if (waitUntil > now) {
    db.transaction((tx) =>
      audit(tx, user?.id ?? null, 'login_refused_locked', { until: new Date(waitUntil).toISOString() }),
    );
    return { ok: false, code: 'locked' };
  }

  let matches: boolean;
  try {
    matches = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  } catch (error) {
    if (error instanceof HashBusyError) return { ok: false, code: 'busy' };
    throw error;
  }

  if (user && matches && user.active) {
    // Older hashes (bcrypt, or other argon2 parameters) are upgraded while the password is at
    // hand; a busy moment leaves it for the next login.
    let upgraded: string | null = null;
    if (needsRehash(user.passwordHash)) upgraded = await hashPassword(password).catch(() => null);
    return db.transaction((tx) => {
      const row = tx
        .update(users)
        .set({ failedLogins: 0, ...(upgraded ? { passwordHash: upgraded } : {}) })
        .where(eq(users.id, user.id))
        .returning({ sessionVersion: users.sessionVersion })
        .get();
      // This place starts afresh; other places keep their own count.
      tx.delete(loginFailures)
        .where(and(eq(loginFailures.username, username), eq(loginFailures.ip, key)))
        .run();
      writeAudit(tx, { actorId: user.id, action: 'login', entityType: 'user', entityId: user.id, ip });
      return { ok: true, userId: user.id, sessionVersion: row!.sessionVersion } as const;
    });
  }

  return db.transaction((tx) => {
    tx.insert(loginFailures)
      .values({ ip: key, username, at: new Date(now) })
      .run();
    // Old rows serve no window; trimming here keeps the table small.
    tx.delete(loginFailures)
      .where(lt(loginFailures.at, new Date(now - failureRetentionMs)))
      .run();
    audit(tx, user?.id ?? null, 'login_failed', {
      reason: !user ? 'unknown_user' : !matches ? 'wrong_password' : 'disabled',
    });
    // Counted again inside the write transaction, so two parallel guesses both count.
    const { n } = pairFailures(tx, username, key, now);
    const wait = waitAfter(n, authConfig().AUTH_THROTTLE_DELAY_MS);
    if (wait > 0) {
      if (user) {
        // Shown to the administrator ("held up until …"): the latest wait of any place.
        tx.update(users)
          .set({ lockedUntil: sql`max(coalesce(${users.lockedUntil}, 0), ${now + wait})` })
          .where(eq(users.id, user.id))
          .run();
      }
      audit(tx, user?.id ?? null, 'account_locked', { failures: n, seconds: Math.round(wait / 1000) });
      return { ok: false, code: 'locked' } as const;
    }
    return { ok: false, code: 'invalid' } as const;
  });
}

/**
 * Lifts every wait on a username (all places) for the administrator's button and the
 * operator's `npm run unlock`; the caller audits it in the same transaction.
 */
export function clearLoginFailures(tx: Pick<Db, 'delete' | 'update'>, username: string): void {
  tx.delete(loginFailures).where(eq(loginFailures.username, username)).run();
  tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.username, username)).run();
}

/**
 * Logging out ends the session everywhere at once: the session version moves on, so the cookie
 * just cleared (or a copy of it) is refused at the next request, not when the JWT expires.
 */
export function recordLogout(userId: number, sessionVersion: number, ip: string | null = null): void {
  getDb().transaction((tx) => {
    // Only a session that is still valid moves the version on: an old copy of a cookie cannot
    // sign its owner out everywhere.
    const ended = tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, userId), eq(users.sessionVersion, sessionVersion)))
      .returning({ id: users.id })
      .get();
    if (ended) writeAudit(tx, { actorId: userId, action: 'logout', entityType: 'user', entityId: userId, ip });
  });
}
