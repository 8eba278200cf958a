import 'server-only';
import type { AuthError } from '@/lib/auth/auth-error';
import { logEvent } from '@/lib/log';
import { requestScope } from '@/lib/request-scope';
import { getCurrentUser } from './session';

/**
 * Writes the one log line of a refused call, `access.refused`: who (the signed-in account, if
 * any, and its role), what (the server action's page and id, or the route's method and path, from
 * the request scope), why (the AuthError's reason and status) and from where (the client's
 * address). Called by the guarded wrappers only (authedAction, authedRoute, and readForPage for
 * pages), which handle every refusal of the entry points and of the data layer beneath them.
 */
export async function logRefusal(error: AuthError): Promise<void> {
  // Per request (React cache): the account requireUser already loaded, or null.
  const user = await getCurrentUser().catch(() => null);
  const scope = requestScope();
  logEvent({
    event: 'access.refused',
    userId: user?.id ?? null,
    entity: 'request',
    ids: [],
    details: {
      reason: error.reason,
      status: error.status,
      role: user?.role ?? null,
      ...(scope
        ? { kind: scope.kind, name: scope.name, ip: scope.ip, ...(scope.actionId ? { actionId: scope.actionId } : {}) }
        : {}),
    },
  });
}
