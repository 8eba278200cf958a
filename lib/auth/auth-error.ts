/**
 * The one way the data layer and the entry points refuse a caller: throw this. 401 when there is
 * no valid session, 403 when the account may not do this (wrong role), 404 when the record is
 * out of the account's scope and must look like one that does not exist (another organization's).
 * The guarded wrappers (db/access/authed-action.ts for server actions, db/access/authed-route.ts
 * for route handlers) turn it into the answer each kind of entry point gives, so a refusal is
 * handled, and can be noted, in those two places only.
 */
export type RefusalStatus = 401 | 403 | 404;

const messages: Record<RefusalStatus, string> = {
  401: 'Chưa đăng nhập.',
  403: 'Không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy.',
};

export class AuthError extends Error {
  constructor(
    readonly status: RefusalStatus,
    /** Why, for the log (never shown to the caller): e.g. 'no_session', 'role', 'scope'. */
    readonly reason: string = status === 401 ? 'no_session' : status === 403 ? 'role' : 'scope',
  ) {
    super(messages[status]);
  }
}
