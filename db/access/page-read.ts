import 'server-only';
import { notFound } from 'next/navigation';
import { AuthError } from '@/lib/auth/auth-error';
import { logRefusal } from './refusal-log';
import { redirectToLogin } from './session';

/**
 * How a page meets a refusal from the data layer, beside authedAction and authedRoute: the page
 * runs its reads of records by id through this, and an AuthError becomes the page for a missing
 * record (404, for a wrong role as for another organization's record) or, with no session, the
 * sign-in page. Logged as access.refused like the wrappers' refusals. Anything else is rethrown.
 */
export async function readForPage<T>(read: () => T): Promise<T> {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    await logRefusal(error);
    if (error.status === 401) return redirectToLogin();
    notFound();
  }
}
