/**
 * The one way the data layer and the entry points refuse a caller: throw this. 401 when there is
 * no valid session, 403 when the account may not do this (wrong role), 404 when the record is
 * out of the account's scope and must look like one that does not exist (another organization's).
 *
 * The rule for every exported function of db/access that takes the caller (a user or actor): it
 * checks role and scope itself, never trusting the caller, and refuses ONLY by throwing this —
 * never by returning null, undefined, [], false or { ok: false, code: 'forbidden' | 'not_found' },
 * never with an assert. A record looked up by id within the caller's scope (an update, its
 * evidence and comments, a notification, a reopening record) throws 404 when nothing is found,
 * so that another organization's record and a missing one answer alike. Typed results stay for
 * outcomes that are not refusals, the same for every caller allowed to ask: a stale version, a
 * decision already taken, a closed period, invalid input, a year that exists, a record that
 * exists for no one (a draft or resolution id the administrator mistyped), a year-end report not yet
 * published. Role checks: assertRole / assertOfficer (db/access/role-checks.ts).
 *
 * The entry points turn it into their answer: authedAction (server actions: /login or 404),
 * authedRoute (route handlers: JSON 401/403/404) and readForPage (pages: /login or notFound()),
 * each logging it as access.refused. db/access/refusal-rule.test.ts keeps the other ways out.
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
