// The domain's vocabulary, written once. db/schema.ts builds its column enums from these lists and
// everything else imports the types from here (lib/ never imports db/).

/** Who a signed-in account is. */
export const roles = ['officer', 'chair', 'admin'] as const;
export type Role = (typeof roles)[number];

/**
 * The ward's organizations by code, as seeded on first start (db/seed/organizations.ts) and never
 * added to at run time: the public organization filter accepts these and nothing else.
 */
export const organizationCodes = ['DU', 'HDND', 'UBND', 'MTTQ', 'HND', 'HPN', 'DTN', 'HCCB', 'CD'] as const;
export type OrgCode = (typeof organizationCodes)[number];

export const organizationKinds = ['party', 'council', 'committee', 'front', 'mass'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** An organization's part in a target or task: it leads it, or coordinates with the lead. */
export const assignmentRoles = ['lead', 'coordinate'] as const;
export type AssignmentRole = (typeof assignmentRoles)[number];

/** What an organization's progress update is about. */
export const subjectKinds = ['target', 'task'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** Workflow states of an organization's progress update. */
export const updateStates = ['draft', 'submitted', 'approved', 'returned'] as const;
export type UpdateState = (typeof updateStates)[number];

/** The status an organization reports for a task. */
export const taskStatuses = ['not_started', 'on_track', 'at_risk', 'done'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/**
 * How a target's figure is judged (DESIGN.md, "Over the years"):
 * - min: a floor (reach at least targetValue); max: a ceiling (stay at or below);
 * - range: targetValue low, targetHigh high; zero: none left (targetValue 0);
 * - increase / decrease: a change against the previous year or a base, targetValue the change in unit;
 * - exact: a planned figure; qualitative: no figure (targetValue null), judged in words at year end.
 */
export const targetDirections = [
  'min',
  'max',
  'range',
  'zero',
  'increase',
  'decrease',
  'exact',
  'qualitative',
] as const;
export type TargetDirection = (typeof targetDirections)[number];

/** The open data's verdict on a target (DESIGN.md): Vượt, Đạt, Không đạt, Đạt/Chưa đạt tiến độ, … */
export const targetVerdicts = ['exceeded', 'met', 'not_met', 'on_pace', 'behind_pace', 'year_end', 'no_data'] as const;
export type TargetVerdict = (typeof targetVerdicts)[number];

/** A reported target figure is first an estimate (ước thực hiện), later official (chính thức). */
export const figureKinds = ['estimate', 'official'] as const;
export type FigureKind = (typeof figureKinds)[number];

/** How often an assignment is reported on. */
export const cadences = ['monthly', 'quarterly', 'six_monthly', 'yearly'] as const;
export type Cadence = (typeof cadences)[number];

/** The kinds of message an account receives; each can be turned off for email (in the app they stay). */
export const messageKinds = ['reminder', 'review', 'comment', 'digest'] as const;
export type MessageKind = (typeof messageKinds)[number];

/** How often the chair's digest comes. */
export const digestFrequencies = ['daily', 'weekly'] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

/** Where a queued email stands: waiting (or waiting to be retried), claimed by a sender, sent, given up. */
export const mailStates = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailState = (typeof mailStates)[number];

/** A resolution in the app: the one being reported on, or an earlier year kept read-only. */
export const resolutionStates = ['current', 'archived'] as const;
export type ResolutionState = (typeof resolutionStates)[number];

/** A resolution imported in the browser: under review, published, or set aside. */
export const draftStates = ['draft', 'published', 'discarded'] as const;
export type DraftState = (typeof draftStates)[number];

/** Kinds of reporting period: months, quarters, the first six months (sơ kết) and the year (tổng kết). */
export const periodKinds = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** The period kinds an assignment's cadence asks of its organization. */
export const cadencePeriodKinds: Record<Cadence, readonly PeriodKind[]> = {
  monthly: ['month'],
  quarterly: ['quarter'],
  six_monthly: ['half', 'year'],
  yearly: ['year'],
};

/** A qualitative target's year-end verdict, in the chair's words. */
export const judgementVerdicts = ['exceeded', 'met', 'not_met'] as const;
export type JudgementVerdict = (typeof judgementVerdicts)[number];

/** A task judged against its deadline (Hoàn thành đúng hạn / quá hạn, Chưa hoàn thành trong hạn / quá hạn). */
export const taskVerdicts = ['done_on_time', 'done_late', 'open_in_time', 'open_overdue'] as const;
export type TaskVerdict = (typeof taskVerdicts)[number];
