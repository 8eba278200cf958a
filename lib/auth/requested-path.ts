import 'server-only';
import { headers } from 'next/headers';
import { callbackPath, requestPathHeader } from './login-url';

/**
 * The path and query of the page this request asked for, to send a signed-out visitor back to it
 * after logging in; null when it cannot be known. proxy.ts puts it in a request header on every
 * page request and server action (a layout gets no URL from Next, by design), overwriting any
 * value the client sent; callbackPath() checks it is a path of this site.
 */
export async function requestedPath(): Promise<string | null> {
  const value = (await headers()).get(requestPathHeader);
  if (!value) return null;
  const url = new URL(value, 'http://request-path.invalid');
  return callbackPath(url.pathname, url.search);
}
