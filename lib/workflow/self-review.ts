// "Tự duyệt": the chair reviewing an update of the chair's own organization (the Party Committee,
// whose officer files the Party-building figures and tasks). The Standing Committee is the only
// reviewer there is, so such an update is approved by the chair like any other; but never in a
// bulk approval, always one by one, and marked as a self-review on the card and in the audit log,
// so the Executive Committee sees at its review which figures the Party Committee approved for
// itself.

type Reviewer = { role: 'officer' | 'chair' | 'admin'; organizationId: number | null };

/** True when `reviewer` (the chair) would decide on an update of the reviewer's own organization. */
export function isSelfReview(reviewer: Reviewer, update: { organizationId: number }): boolean {
  return (
    reviewer.role === 'chair' && reviewer.organizationId !== null && reviewer.organizationId === update.organizationId
  );
}
