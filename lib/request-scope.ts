import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the server knows about the request a data-layer call serves: the client's address
 * (lib/auth/client-ip.ts, TRUST_PROXY respected) and which action or route it is. Set once by
 * the guarded wrappers (authedAction, withRouteScope) so that the access layer, several calls
 * down, stamps every audit row with the address and names the call in a refusal without each
 * function taking them as parameters.
 */
export type RequestScope = {
  ip: string;
  /** "action" for a server action, "route" for a route handler. */
  kind: 'action' | 'route';
  /** The page path the action was posted to, or the route's method and pattern. */
  name: string;
  /** A server action's id (Next's `Next-Action` header), when it is one. */
  actionId?: string;
};

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, run: () => T): T {
  return storage.run(scope, run);
}

/** The scope of the request being served, or null outside one (scripts, tests, pages). */
export function requestScope(): RequestScope | null {
  return storage.getStore() ?? null;
}
