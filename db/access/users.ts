import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { hashPassword, passwordProblem, verifyPassword, type PasswordProblem } from '@/lib/auth/password';
import { getDb, type Db } from '../client';
import { organizations, users } from '../schema';
import { writeAudit } from './audit';
import { clearLoginFailures } from './login';
import { assertRole, type CurrentUser, type Role } from './session';

// Administration of accounts. Every function takes the current user and refuses anyone but an
// administrator itself (assertRole), whatever page or action called it.

export type Account = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  organizationId: number | null;
  organizationCode: string | null;
  organizationName: string | null;
  active: boolean;
  lockedUntil: Date | null;
  /** Locked out of logging in right now (lockedUntil is in the future). */
  locked: boolean;
  passwordChangedAt: Date | null;
  createdAt: Date;
};

/** Wrong current passwords in a row before every session of the account ends. */
const maxWrongCurrentPasswords = 5;

export type OrganizationOption = { id: number; code: string; name: string };

export type AccountError =
  | { code: 'not_found' }
  | { code: 'username_taken' }
  | { code: 'organization_missing' }
  | { code: 'self' }
  | { code: 'wrong_password' }
  | { code: 'weak_password'; problem: PasswordProblem };

export type Result<T = null> = { ok: true; value: T } | { ok: false; error: AccountError };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (error: AccountError): Result<never> => ({ ok: false, error });

// Explicit columns: a password hash never leaves this file.
const accountColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  organizationId: users.organizationId,
  organizationCode: organizations.code,
  organizationName: organizations.name,
  active: users.active,
  lockedUntil: users.lockedUntil,
  passwordChangedAt: users.passwordChangedAt,
  createdAt: users.createdAt,
};

function accountsQuery() {
  return getDb().select(accountColumns).from(users).leftJoin(organizations, eq(organizations.id, users.organizationId));
}

function withLock(row: Omit<Account, 'locked'>, now: number): Account {
  return { ...row, locked: !!row.lockedUntil && row.lockedUntil.getTime() > now };
}

export function listAccounts(actor: CurrentUser): Account[] {
  assertRole(actor, ['admin']);
  const now = Date.now();
  return accountsQuery()
    .orderBy(asc(sql`coalesce(${organizations.sortOrder}, -1)`), asc(users.username))
    .all()
    .map((row) => withLock(row, now));
}

export function getAccount(actor: CurrentUser, id: number): Account | null {
  assertRole(actor, ['admin']);
  const row = accountsQuery().where(eq(users.id, id)).get();
  return row ? withLock(row, Date.now()) : null;
}

export function listOrganizationOptions(actor: CurrentUser): OrganizationOption[] {
  assertRole(actor, ['admin']);
  return getDb()
    .select({ id: organizations.id, code: organizations.code, name: organizations.name })
    .from(organizations)
    .orderBy(asc(organizations.sortOrder), asc(organizations.id))
    .all();
}

/** An officer must belong to an existing organization; chair and admin may belong to none. */
function organizationError(role: Role, organizationId: number | null): AccountError | null {
  if (organizationId === null) return role === 'officer' ? { code: 'organization_missing' } : null;
  const exists = getDb()
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .get();
  return exists ? null : { code: 'organization_missing' };
}

function orgCode(organizationId: number | null): string | null {
  if (organizationId === null) return null;
  return (
    getDb().select({ code: organizations.code }).from(organizations).where(eq(organizations.id, organizationId)).get()
      ?.code ?? null
  );
}

export type NewAccount = {
  username: string;
  displayName: string;
  role: Role;
  organizationId: number | null;
  password: string;
};

export async function createAccount(
  actor: CurrentUser,
  input: NewAccount,
  ip: string | null,
): Promise<Result<{ id: number }>> {
  assertRole(actor, ['admin']);
  const username = input.username.trim().toLowerCase();
  const problem = passwordProblem(input.password, username);
  if (problem) return fail({ code: 'weak_password', problem });
  const orgError = organizationError(input.role, input.organizationId);
  if (orgError) return fail(orgError);
  const passwordHash = await hashPassword(input.password);
  const db = getDb();
  return db.transaction((tx) => {
    const taken = tx.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
    if (taken) return fail({ code: 'username_taken' });
    const row = tx
      .insert(users)
      .values({
        username,
        displayName: input.displayName,
        role: input.role,
        organizationId: input.organizationId,
        passwordHash,
        passwordChangedAt: new Date(),
      })
      .returning({ id: users.id })
      .get();
    writeAudit(tx, {
      actorId: actor.id,
      action: 'account_created',
      entityType: 'user',
      entityId: row.id,
      ip,
      details: {
        username,
        displayName: input.displayName,
        role: input.role,
        organization: orgCode(input.organizationId),
      },
    });
    return ok({ id: row.id });
  });
}

/** Reads the target inside the transaction; an administrator never acts on their own account here. */
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function loadTarget(tx: Tx, actor: CurrentUser, id: number) {
  const target = tx
    .select({
      id: users.id,
      username: users.username,
      role: users.role,
      organizationId: users.organizationId,
      active: users.active,
    })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!target) return fail({ code: 'not_found' });
  if (target.id === actor.id) return fail({ code: 'self' });
  return ok(target);
}

/** Disabling ends the account's sessions at once (the session version moves on). */
export function setAccountActive(actor: CurrentUser, id: number, active: boolean, ip: string | null): Result {
  assertRole(actor, ['admin']);
  return getDb().transaction((tx) => {
    const target = loadTarget(tx, actor, id);
    if (!target.ok) return target;
    if (target.value.active === active) return ok(null);
    tx.update(users)
      .set({
        active,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, id))
      .run();
    if (active) clearLoginFailures(tx, target.value.username);
    writeAudit(tx, {
      actorId: actor.id,
      action: active ? 'account_enabled' : 'account_disabled',
      entityType: 'user',
      entityId: id,
      ip,
      details: { username: target.value.username },
    });
    return ok(null);
  });
}

export function unlockAccount(actor: CurrentUser, id: number, ip: string | null): Result {
  assertRole(actor, ['admin']);
  return getDb().transaction((tx) => {
    const target = loadTarget(tx, actor, id);
    if (!target.ok) return target;
    clearLoginFailures(tx, target.value.username);
    writeAudit(tx, {
      actorId: actor.id,
      action: 'account_unlocked',
      entityType: 'user',
      entityId: id,
      ip,
      details: { username: target.value.username },
    });
    return ok(null);
  });
}

export async function resetPassword(
  actor: CurrentUser,
  id: number,
  password: string,
  ip: string | null,
): Promise<Result> {
  assertRole(actor, ['admin']);
  const db = getDb();
  const username = db.select({ username: users.username }).from(users).where(eq(users.id, id)).get()?.username;
  if (!username) return fail({ code: 'not_found' });
  const problem = passwordProblem(password, username);
  if (problem) return fail({ code: 'weak_password', problem });
  const passwordHash = await hashPassword(password);
  return db.transaction((tx) => {
    const target = loadTarget(tx, actor, id);
    if (!target.ok) return target;
    tx.update(users)
      .set({
        passwordHash,
        passwordChangedAt: new Date(),
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, id))
      .run();
    clearLoginFailures(tx, target.value.username);
    writeAudit(tx, {
      actorId: actor.id,
      action: 'password_reset',
      entityType: 'user',
      entityId: id,
      ip,
      details: { username: target.value.username },
    });
    return ok(null);
  });
}

/** Moves an account to another role or organization; its sessions end so the change is felt at once. */
export function moveAccount(
  actor: CurrentUser,
  id: number,
  to: { role: Role; organizationId: number | null },
  ip: string | null,
): Result<{ changed: boolean }> {
  assertRole(actor, ['admin']);
  const orgError = organizationError(to.role, to.organizationId);
  if (orgError) return fail(orgError);
  return getDb().transaction((tx) => {
    const target = loadTarget(tx, actor, id);
    if (!target.ok) return target;
    const before = target.value;
    if (before.role === to.role && before.organizationId === to.organizationId) return ok({ changed: false });
    tx.update(users)
      .set({ role: to.role, organizationId: to.organizationId, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, id))
      .run();
    writeAudit(tx, {
      actorId: actor.id,
      action: 'account_moved',
      entityType: 'user',
      entityId: id,
      ip,
      details: {
        username: before.username,
        before: { role: before.role, organization: orgCode(before.organizationId) },
        after: { role: to.role, organization: orgCode(to.organizationId) },
      },
    });
    return ok({ changed: true });
  });
}

/**
 * Any signed-in user changes their own password: the current one is required, the new one obeys
 * the policy, and every session of the account (this one included) ends.
 */
export async function changeOwnPassword(
  actor: CurrentUser,
  current: string,
  next: string,
  ip: string | null,
): Promise<Result> {
  const db = getDb();
  const row = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).get();
  if (!row) return fail({ code: 'not_found' });
  if (!(await verifyPassword(current, row.passwordHash))) {
    // Guessing the current password from a borrowed session: the fifth wrong one ends every
    // session of the account (the guesser is sent to the login page and its throttling).
    db.transaction((tx) => {
      const failures =
        (tx.select({ n: users.failedLogins }).from(users).where(eq(users.id, actor.id)).get()?.n ?? 0) + 1;
      const end = failures >= maxWrongCurrentPasswords;
      tx.update(users)
        .set(end ? { failedLogins: 0, sessionVersion: sql`${users.sessionVersion} + 1` } : { failedLogins: failures })
        .where(eq(users.id, actor.id))
        .run();
      writeAudit(tx, {
        actorId: actor.id,
        action: 'password_change_refused',
        entityType: 'user',
        entityId: actor.id,
        ip,
      });
      if (end)
        writeAudit(tx, {
          actorId: actor.id,
          action: 'sessions_ended',
          entityType: 'user',
          entityId: actor.id,
          ip,
          details: { reason: 'wrong_current_password', failures },
        });
    });
    return fail({ code: 'wrong_password' });
  }
  const problem = passwordProblem(next, actor.username, current);
  if (problem) return fail({ code: 'weak_password', problem });
  const passwordHash = await hashPassword(next);
  return db.transaction((tx) => {
    tx.update(users)
      .set({
        passwordHash,
        passwordChangedAt: new Date(),
        failedLogins: 0,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, actor.id))
      .run();
    writeAudit(tx, { actorId: actor.id, action: 'password_changed', entityType: 'user', entityId: actor.id, ip });
    return ok(null);
  });
}
