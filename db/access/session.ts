import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { loginUrl } from '@/lib/auth/login-url';
import { authOptions } from './auth-options';
import { requestedPath } from '@/lib/auth/requested-path';
import { rolesForPath } from '@/lib/auth/route-access';
import { localePath } from '@/lib/i18n/locale-path';
import { AuthError } from '@/lib/auth/auth-error';
import type { Role } from '@/lib/domain';
import { getLocale } from '@/lib/i18n/server';
import { preparedQuery } from '../client';
import { organizations, users } from '../schema';

export type { Role };

/** What the rest of the app knows about the signed-in user: never the hash, never the token. */
export type CurrentUser = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  organizationId: number | null;
  organizationCode: string | null;
  organizationName: string | null;
};

// Run on every workspace request: prepared once per connection.
const activeUserQuery = preparedQuery((db) =>
  db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      sessionVersion: users.sessionVersion,
      organizationId: users.organizationId,
      organizationCode: organizations.code,
      organizationName: organizations.name,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
);

/** Loads a user by id and session version; null when disabled, missing or the token is stale. */
export function loadActiveUser(id: number, sessionVersion: number): CurrentUser | null {
  const row = activeUserQuery().get({ id });
  if (!row || !row.active || row.sessionVersion !== sessionVersion) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    organizationId: row.organizationId,
    organizationCode: row.organizationCode,
    organizationName: row.organizationName,
  };
}

/**
 * The current user, checked against the database on every request (once per request thanks to
 * `cache`), so disabling an account or changing a password takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  const sv = session?.user?.sv;
  if (typeof id !== 'number' || typeof sv !== 'number') return null;
  return loadActiveUser(id, sv);
});

/**
 * Sends a visitor without a (valid) session to /login with the page they asked for, path and
 * query, so that logging in leads back there; `fallbackPath` when the request's URL is unknown.
 */
export async function redirectToLogin(fallbackPath: string | null = null): Promise<never> {
  redirect(loginUrl((await requestedPath()) ?? fallbackPath));
}

/**
 * For pages: sends a visitor without a session to /login and hides pages of other roles. `path`
 * is the page's Vietnamese path (without language); its roles come from the route table.
 */
export async function requirePageUser(path: string): Promise<CurrentUser> {
  const roles = rolesForPath(path);
  if (!roles) throw new Error(`Not a workspace page: ${path}`);
  const user = await getCurrentUser();
  if (!user) return redirectToLogin(localePath(await getLocale(), path));
  if (!roles.includes(user.role)) notFound();
  return user;
}

/** For server actions, route handlers and the access layer: throws instead of redirecting. */
export async function requireUser(roles: readonly Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError(401);
  if (!roles.includes(user.role)) throw new AuthError(403);
  return user;
}

export { assertOfficer, assertRole } from './role-checks';
