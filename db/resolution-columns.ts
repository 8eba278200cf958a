import type { ResolutionHeader, ResolutionReview } from '../lib/resolution/structure';

type ResolutionText = ResolutionHeader & { number?: string | null; objectives: string; recipients: string[] };

/**
 * A resolution row's columns from the text read of it: the same whether the seed imports the
 * first year or the administrator publishes a reviewed draft.
 */
export function resolutionColumns(head: ResolutionText, review: ResolutionReview) {
  return {
    year: head.year,
    number: head.number ?? null,
    title: head.title,
    issuingBody: head.issuingBody,
    term: head.term,
    conferenceNumber: head.conferenceNumber,
    conference: head.conference,
    heldOn: head.heldOn,
    venue: head.venue,
    signedFor: head.signedFor,
    signerTitle: head.signerTitle,
    signerName: head.signerName,
    objectives: head.objectives,
    reviewYear: review.year,
    reviewSummary: review.summary,
    reviewShortcomings: review.shortcomings,
    reviewResolutionNumber: review.resolutionNumber,
    reviewResolutionDate: review.resolutionDate,
    reviewTargetsTotal: review.targetsTotal,
    reviewTargetsMet: review.targetsMet,
    reviewTargetsNotMet: review.targetsNotMet,
    recipients: head.recipients,
  };
}
