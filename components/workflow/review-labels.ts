import type { ApprovalMessages } from '@/lib/i18n/messages/approvals';
import type { ReviewLabels } from './review-controls';

/** The labels the review controls show: only these travel to the client component, once per update. */
export function reviewLabels(a: ApprovalMessages): ReviewLabels {
  return {
    approve: a.approve,
    approving: a.approving,
    returnOpen: a.returnOpen,
    returnReason: a.returnReason,
    returnSubmit: a.returnSubmit,
    returning: a.returning,
    returnOnPage: a.returnOnPage,
  };
}
