import 'server-only';
import type { NextRequest } from 'next/server';
import { AuthError } from '@/lib/auth/auth-error';
import type { Role } from '@/lib/domain';
import { clientIp } from '@/lib/auth/client-ip';
import { runInRequestScope, type RequestScope } from '@/lib/request-scope';
import { logRefusal } from './refusal-log';
import { requireUser, type CurrentUser } from './session';

/** How a route handler answers a refusal, unless it says otherwise: the status and a sentence. */
export function refusalResponse(error: AuthError): Response {
  return Response.json({ error: error.message }, { status: error.status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * The one guarded wrapper for route handlers that need a session, beside authedAction for
 * server actions. Every call is treated as if it came from anyone on the internet: the session
 * is checked against the database (a disabled account or changed role is refused at once), then
 * the role, and only then `handler` runs. A refusal (AuthError, from here or from the data layer,
 * which checks role and scope again) is answered by `onRefused`: JSON with 401 or 403 unless the
 * route says otherwise (a plain form post sends the visitor to /login instead), and logged as
 * access.refused (./refusal-log.ts). Audit rows the handler writes carry the client's address.
 */
export function authedRoute<Context = unknown>(
  roles: readonly Role[],
  handler: (request: NextRequest, user: CurrentUser, context: Context) => Promise<Response> | Response,
  onRefused: (error: AuthError, request: NextRequest) => Response = refusalResponse,
) {
  return async function guardedRoute(request: NextRequest, context: Context): Promise<Response> {
    // The data layer beneath sees the client's address (audit rows) and the route (refusals).
    const scope: RequestScope = {
      ip: clientIp(request.headers),
      kind: 'route',
      name: `${request.method} ${request.nextUrl.pathname}`.slice(0, 200),
    };
    return runInRequestScope(scope, async () => {
      try {
        const user = await requireUser(roles);
        return await handler(request, user, context);
      } catch (error) {
        if (!(error instanceof AuthError)) throw error;
        await logRefusal(error);
        return onRefused(error, request);
      }
    });
  };
}
