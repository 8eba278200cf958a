import type { Instrumentation } from 'next';
import { logError, redactPath } from './lib/log';

export async function register() {
  // Only the Node.js server prepares the database; build workers and other runtimes skip it.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { bootstrap } = await import('./lib/bootstrap');
    bootstrap();
    // Reminders, digests and the outbox's sender run on a timer inside the server.
    const { startMailWorker } = await import('./db/notify/worker');
    startMailWorker();
  }
}

/**
 * Every error Next.js catches while rendering, in a route handler, a server action or the proxy:
 * one JSON line on stderr. Request headers are left out (they carry the session cookie); the
 * path keeps its query with secret-named parameters redacted.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  logError('request_error', error, {
    method: request.method,
    path: redactPath(request.path),
    routePath: context.routePath,
    routeType: context.routeType,
    renderSource: context.renderSource,
    revalidateReason: context.revalidateReason,
  });
};
