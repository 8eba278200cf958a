import 'server-only';
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external';
import { callbackPath } from './login-url';

/**
 * The path and query of the page this request asked for, to send a signed-out visitor back to it
 * after logging in; null when it cannot be known.
 *
 * Why Next's request store: server components get no public API for the URL (a layout does not
 * even get the search params, by design), yet the workspace layout is where an expired or
 * invalidated session cookie is noticed (the proxy only sees that a cookie exists). Next keeps
 * the URL of the request it renders, or of the page a server action was posted from, in its
 * request store; this reads it and nothing else. Should a Next upgrade move it, callers fall back
 * to their own path (pages) or to plain /login, and e2e/auth-callback.spec.ts fails.
 */
export function requestedPath(): string | null {
  const store = workUnitAsyncStorage.getStore();
  if (store?.type !== 'request' || typeof store.url?.pathname !== 'string') return null;
  return callbackPath(store.url.pathname, store.url.search ?? '');
}
