import 'server-only';
import { headers } from 'next/headers';
import { notFound, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { AuthError } from '@/lib/auth/auth-error';
import { redirectToLogin, requireUser, type CurrentUser, type Role } from './session';
import type { ActionState } from '@/lib/action-state';
import type { Locale } from '@/lib/i18n/locale';
import { formMessages } from '@/lib/i18n/messages/forms';
import { getLocale } from '@/lib/i18n/server';
import { databaseFailure } from '@/lib/database-errors';
import { logError } from '@/lib/log';
import { clientIp } from '@/lib/auth/client-ip';
import { requestPathHeader } from '@/lib/auth/login-url';
import { runInRequestScope, type RequestScope } from '@/lib/request-scope';
import { logRefusal } from './refusal-log';

/** `formData` is the form as sent, for a file field (the schema sees its text fields only). */
export type ActionContext = { user: CurrentUser; locale: Locale; ip: string; formData: FormData };

/** The form's fields as strings; Next's own `$ACTION_…` entries and files are left out. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    fields[key] = value;
  }
  return fields;
}

/** The values sent back to refill the form: never a password. */
function echo(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => !/password/i.test(key)));
}

function firstErrors(error: z.ZodError): { message: string | null; fieldErrors: Record<string, string> } {
  const flat = z.flattenError(error);
  const fieldErrors: Record<string, string> = {};
  for (const [key, messages] of Object.entries(flat.fieldErrors) as [string, string[] | undefined][]) {
    if (messages?.[0]) fieldErrors[key] = messages[0];
  }
  return { message: flat.formErrors[0] ?? null, fieldErrors };
}

/**
 * How a server action answers a refusal (AuthError, from the check below or from the data layer):
 * no valid session → /login; anything else → 404, as for a page that does not exist.
 */
async function refuse(error: AuthError): Promise<never> {
  await logRefusal(error);
  if (error.status === 401) return redirectToLogin();
  notFound();
}

/**
 * The one guarded wrapper for server actions (route handlers have authedRoute beside it). It treats every call as if it came from anyone
 * on the internet: it loads the user from the session AND the database (a disabled account or
 * changed role is refused at once), checks the role, validates the form with zod on the server,
 * and only then runs `handler`. No session → redirect to /login; wrong role → 404. The access
 * layer checks role and scope again. Every refusal is logged (access.refused, ./refusal-log.ts),
 * and the request's address is in the request scope for the audit rows the handler writes.
 */
export function authedAction<S extends z.ZodType<unknown, Record<string, unknown>>>(
  roles: readonly Role[],
  schema: (locale: Locale) => S,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<ActionState> | ActionState,
) {
  return async function guardedAction(previous: ActionState, formData: FormData): Promise<ActionState> {
    const requestHeaders = await headers();
    const scope: RequestScope = {
      ip: clientIp(requestHeaders),
      kind: 'action',
      // proxy.ts sets the page path on every server action, overwriting what a client sent.
      name: (requestHeaders.get(requestPathHeader) ?? '?').split('?')[0]!.slice(0, 200),
      actionId: requestHeaders.get('next-action')?.slice(0, 64),
    };
    // Everything below, the data layer included, sees the request's address and name: every
    // audit row the action writes carries the address, and a refusal names the action.
    return runInRequestScope(scope, () => guarded(previous, formData, scope.ip));
  };

  async function guarded(_previous: ActionState, formData: FormData, ip: string): Promise<ActionState> {
    let user: CurrentUser;
    try {
      user = await requireUser(roles);
    } catch (error) {
      if (error instanceof AuthError) return refuse(error);
      throw error;
    }
    const locale = await getLocale();
    const t = formMessages[locale];
    const fields = formFields(formData);
    const values = echo(fields);

    const parsed = schema(locale).safeParse(fields);
    if (!parsed.success) {
      const { message, fieldErrors } = firstErrors(parsed.error);
      return { ok: false, message: message ?? t.invalid, fieldErrors, values };
    }
    try {
      const state = await handler(parsed.data, { user, locale, ip, formData });
      // A handler may add values of its own (a confirm step), kept over the echoed fields.
      return { ...state, values: state.ok ? {} : { ...values, ...state.values } };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AuthError) return refuse(error);
      logError('action_failed', error, { userId: user.id });
      const storage = databaseFailure(error);
      const message = storage === 'busy' ? t.busy : storage === 'full' ? t.full : t.failed;
      return { ok: false, message, fieldErrors: {}, values };
    }
  }
}

export function success(message: string): ActionState {
  return { ok: true, message, fieldErrors: {}, values: {} };
}

export function failure(message: string, fieldErrors: Record<string, string> = {}): ActionState {
  return { ok: false, message, fieldErrors, values: {} };
}
