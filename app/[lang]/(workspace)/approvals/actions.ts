'use server';

import { refresh } from 'next/cache';
import { cookies } from 'next/headers';
import { approveUpdates, returnUpdate } from '@/db/access/approvals';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { approvalMessages } from '@/lib/i18n/messages/approvals';
import { fill } from '@/lib/i18n/fill';
import { workflowErrorText } from '@/lib/i18n/messages/workflow-errors';
import { decisionMessages } from '@/lib/i18n/messages/decisions';
import { decisionCookie, decisionCookieSeconds, encodeDecision, type DecisionNote } from '@/lib/workflow/decision-note';
import { bulkSchema, returnSchema, reviewSchema } from './schema';

/** Keeps what was decided for the queue's confirmation, which outlives the decided cards. */
async function noteDecision(note: DecisionNote): Promise<void> {
  (await cookies()).set(decisionCookie, encodeDecision(note), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: decisionCookieSeconds,
    secure: process.env.NEXTAUTH_URL?.startsWith('https://') ?? false,
  });
}

// Every decision re-renders the current page (refresh) so the queue and the badge follow;
// the data layer refreshes the public pages after an approval.

export const approveAction = authedAction(['chair'], reviewSchema, async (input, { user, locale }) => {
  const [outcome] = approveUpdates(user, [input]);
  if (!outcome || !outcome.ok) return failure(workflowErrorText(outcome?.code ?? 'missing', locale));
  await noteDecision({ decision: 'approved', ids: [input.id] });
  refresh();
  return success(approvalMessages[locale].approved);
});

export const returnAction = authedAction(['chair'], returnSchema, async (input, { user, locale }) => {
  const outcome = returnUpdate(user, input);
  if (!outcome.ok) {
    const message = workflowErrorText(outcome.code, locale);
    return failure(message, outcome.code === 'reason_required' ? { reason: message } : {});
  }
  await noteDecision({ decision: 'returned', ids: [input.id] });
  refresh();
  return success(approvalMessages[locale].returned);
});

// Two steps: the first press says how many updates will be published and asks to confirm; the
// second (with `confirm` equal to the number still selected) approves them.
export const bulkApproveAction = authedAction(['chair'], bulkSchema, async (items, { user, locale, formData }) => {
  const a = approvalMessages[locale];
  const d = decisionMessages[locale];
  if (items.length === 0) return failure(a.bulkNone);
  const confirmed = formData.get('confirm');
  if (confirmed !== String(items.length)) {
    const message = confirmed
      ? `${d.selectionChanged} ${fill(d.confirmBulk, { n: items.length })}`
      : fill(d.confirmBulk, { n: items.length });
    return { ok: false, message, fieldErrors: {}, values: { confirm: String(items.length) } };
  }
  const outcomes = approveUpdates(user, items, { bulk: true });
  const approved = outcomes.filter((o) => o.ok).length;
  const approvedIds = outcomes.filter((o) => o.ok).map((o) => o.id);
  if (approvedIds.length > 0) await noteDecision({ decision: 'approved', ids: approvedIds });
  const skipped = outcomes
    .filter((o) => !o.ok)
    .map((o) => `#${o.id}: ${o.ok ? '' : workflowErrorText(o.code, locale)}`);
  if (approved > 0) refresh();
  const message = [
    fill(a.bulkResult, { ok: approved }),
    skipped.length ? fill(a.bulkSkipped, { n: skipped.length, list: skipped.join(' ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return skipped.length === 0 ? success(message) : failure(message);
});
