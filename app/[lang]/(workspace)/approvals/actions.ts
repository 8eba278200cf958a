'use server';

import { refresh } from 'next/cache';
import { approveReports, returnReport } from '@/db/access/approvals';
import { authedAction, failure, success } from '@/lib/auth/authed-action';
import { approvalMessages } from '@/lib/i18n/messages/approvals';
import { fill } from '@/lib/i18n/fill';
import { workflowErrorText } from '@/lib/i18n/messages/workflow-errors';
import { bulkSchema, returnSchema, reviewSchema } from './schema';

// Every decision re-renders the current page (refresh) so the queue and the badge follow;
// the data layer refreshes the public pages after an approval.

export const approveAction = authedAction(['chair'], reviewSchema, (input, { user, locale }) => {
  const [outcome] = approveReports(user, [input]);
  if (!outcome || !outcome.ok) return failure(workflowErrorText(outcome?.code ?? 'missing', locale));
  refresh();
  return success(approvalMessages[locale].approved);
});

export const returnAction = authedAction(['chair'], returnSchema, (input, { user, locale }) => {
  const outcome = returnReport(user, input);
  if (!outcome.ok) {
    const message = workflowErrorText(outcome.code, locale);
    return failure(message, outcome.code === 'reason_required' ? { reason: message } : {});
  }
  refresh();
  return success(approvalMessages[locale].returned);
});

export const bulkApproveAction = authedAction(['chair'], bulkSchema, (items, { user, locale }) => {
  const a = approvalMessages[locale];
  if (items.length === 0) return failure(a.bulkNone);
  const outcomes = approveReports(user, items);
  const approved = outcomes.filter((o) => o.ok).length;
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
