import type { Instrumentation } from 'next';
import { logError, redactPath } from './lib/log';

/**
 * Runs once when the server starts, before it takes requests. Only the Node.js server does the
 * start-up work (build workers and other runtimes skip it). A step that fails stops the process
 * with a message: a server that cannot migrate its database or sign sessions must not start and
 * answer 500. Add start-up work (a timer job, …) as one more step in the list below.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startOrExit, prepareServer, watchPublicRevision } = await import('./instrumentation-node');
  // Reminders, digests and the outbox's sender run on a timer inside the server.
  const { startMailWorker } = await import('./db/notify/worker');
  startOrExit([prepareServer, watchPublicRevision, startMailWorker]);
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
