import 'server-only';
import { AuthError } from '@/lib/auth/auth-error';
import type { Role } from '@/lib/domain';
import type { CurrentUser } from './session';

// Kept apart from ./session.ts (next-auth, request headers) so that data functions the operator
// commands reach (periods, subjects) check roles without loading the session machinery.

/**
 * The access layer's own role check, whatever the caller already checked: a function reachable
 * from a page, an action and a route handler refuses the wrong role in one place.
 */
export function assertRole(actor: Pick<CurrentUser, 'role'>, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) throw new AuthError(403);
}

/** The access layer's check for an officer's own-organization work: its organization, else 403. */
export function assertOfficer(actor: Pick<CurrentUser, 'role' | 'organizationId'>): number {
  if (actor.role !== 'officer' || actor.organizationId === null) throw new AuthError(403);
  return actor.organizationId;
}
