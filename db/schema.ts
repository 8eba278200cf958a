import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  cadences,
  digestFrequencies,
  draftStates,
  figureKinds,
  judgementVerdicts,
  mailStates,
  periodKinds,
  resolutionStates,
  targetDirections,
  type MessageKind,
} from '../lib/domain';

// Instants are UTC epoch milliseconds; calendar days (held on, due on) are ISO 'YYYY-MM-DD' text.
const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const resolutions = sqliteTable(
  'resolutions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /**
     * 'current': the one resolution being reported on (officers' dashboards, `/`); 'archived': an
     * earlier year, public and read-only. A draft is never here (resolution_drafts) until published.
     */
    state: text('state', { enum: resolutionStates }).notNull().default('archived'),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    publishedBy: integer('published_by'),
    year: integer('year').notNull().unique(),
    /** Document number such as "25-NQ/ĐU"; the 2023 text carries none. */
    number: text('number'),
    title: text('title').notNull(),
    issuingBody: text('issuing_body').notNull(),
    term: text('term'),
    conferenceNumber: integer('conference_number'),
    conference: text('conference').notNull(),
    heldOn: text('held_on'),
    venue: text('venue'),
    signedFor: text('signed_for'),
    signerTitle: text('signer_title'),
    signerName: text('signer_name'),
    objectives: text('objectives').notNull(),
    reviewYear: integer('review_year'),
    reviewSummary: text('review_summary').notNull(),
    reviewShortcomings: text('review_shortcomings').notNull(),
    reviewResolutionNumber: text('review_resolution_number'),
    reviewResolutionDate: text('review_resolution_date'),
    reviewTargetsTotal: integer('review_targets_total'),
    reviewTargetsMet: integer('review_targets_met'),
    reviewTargetsNotMet: text('review_targets_not_met'),
    /** JSON array of the "Nơi nhận" lines. */
    recipients: text('recipients', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** JSON array of import warnings (e.g. conflicting figures) shown to the administrator. */
    importWarnings: text('import_warnings', { mode: 'json' })
      .$type<ImportWarning[]>()
      .notNull()
      .default(sql`'[]'`),
    sourceText: text('source_text').notNull(),
    sourceSha256: text('source_sha256').notNull(),
    createdAt: createdAt(),
  },
  // Two publishes at once, or twice: the database itself never holds two current resolutions.
  (t) => [
    uniqueIndex('resolutions_one_current_uq')
      .on(t.state)
      .where(sql`${t.state} = 'current'`),
  ],
);

export type ImportWarning = {
  code: string;
  message: string;
  line?: number;
  refs?: string[];
  /** When the administrator marked it handled (ms since epoch), and who; absent while open. */
  handledAt?: number;
  handledBy?: string;
};

export const organizations = sqliteTable('organizations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['party', 'council', 'committee', 'front', 'mass'] }).notNull(),
  parentId: integer('parent_id'),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['officer', 'chair', 'admin'] }).notNull(),
    organizationId: integer('organization_id').references(() => organizations.id),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Bumped on password change, disable, role or organization change: older tokens stop working. */
    sessionVersion: integer('session_version').notNull().default(1),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
    passwordChangedAt: integer('password_changed_at', { mode: 'timestamp_ms' }),
    /** Where reminders and notices are emailed; none: they stay in the app. */
    email: text('email'),
    /** The language of the account's emails and notifications. */
    locale: text('locale', { enum: ['vi', 'en'] })
      .notNull()
      .default('vi'),
    /** JSON array of the message kinds this account does not want by email. */
    mailOptOut: text('mail_opt_out', { mode: 'json' })
      .$type<MessageKind[]>()
      .notNull()
      .default(sql`'[]'`),
    /** The chair's digest: every day or every week (on the first run of the week). */
    digestFrequency: text('digest_frequency', { enum: digestFrequencies }).notNull().default('weekly'),
    createdAt: createdAt(),
  },
  (t) => [
    index('users_org_idx').on(t.organizationId),
    check('users_officer_has_org', sql`${t.role} <> 'officer' OR ${t.organizationId} IS NOT NULL`),
  ],
);

export const targets = sqliteTable(
  'targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    resolutionId: integer('resolution_id')
      .notNull()
      .references(() => resolutions.id),
    /** Stable code such as "2.1.08": category plus position in the document. */
    code: text('code').notNull(),
    category: text('category', { enum: ['2.1', '2.2'] }).notNull(),
    ordinal: integer('ordinal').notNull(),
    name: text('name').notNull(),
    /** Null for a qualitative target; the change for increase/decrease; the low end of a range. */
    targetValue: real('target_value'),
    /** The high end of a range; null for every other direction. */
    targetHigh: real('target_high'),
    unit: text('unit').notNull(),
    direction: text('direction', { enum: targetDirections }).notNull(),
    /** Chosen by the office: judged at year end only, no pace during the year ("Đánh giá cuối năm"). */
    yearEndOnly: integer('year_end_only', { mode: 'boolean' }).notNull().default(false),
    /** A qualitative target's verdict, recorded by the chair at year end. */
    judgement: text('judgement', { enum: judgementVerdicts }),
    judgementNote: text('judgement_note'),
    judgedBy: integer('judged_by').references(() => users.id),
    judgedAt: integer('judged_at', { mode: 'timestamp_ms' }),
    /** Words after the figure, e.g. "so với kế hoạch thị xã giao". */
    qualifier: text('qualifier'),
    /** The second figure as written, e.g. "5 người/năm". */
    extra: text('extra'),
    extraValue: real('extra_value'),
    extraUnit: text('extra_unit'),
    /** Allowed range of a reported value; a rate stays within 0–100 unless set otherwise. */
    minValue: real('min_value'),
    maxValue: real('max_value'),
    sourceLine: text('source_line').notNull(),
    sourceRef: text('source_ref').notNull(),
    /** Last year's target that measures the same thing (confirmed by the office at import). */
    previousTargetId: integer('previous_target_id').references((): AnySQLiteColumn => targets.id),
    /**
     * Last year's final approved figure of the linked target, copied when the year is published
     * (or a base the office sets): what an increase, a decrease or a zero target is measured from.
     * With it a reported figure is the level reached; without it, the change itself.
     */
    baselineValue: real('baseline_value'),
    /** The period code of that figure ("2023-M12"). */
    baselinePeriod: text('baseline_period'),
    /** The corrected wording of a marked typo; the document's own words stay in `name`. */
    errata: text('errata'),
  },
  (t) => [
    uniqueIndex('targets_resolution_code_uq').on(t.resolutionId, t.code),
    index('targets_previous_idx').on(t.previousTargetId),
  ],
);

export const taskGroups = sqliteTable(
  'task_groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    resolutionId: integer('resolution_id')
      .notNull()
      .references(() => resolutions.id),
    number: integer('number').notNull(),
    /** The group's first sentence, as written. */
    title: text('title').notNull(),
  },
  (t) => [uniqueIndex('task_groups_resolution_number_uq').on(t.resolutionId, t.number)],
);

export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => taskGroups.id),
    /** "III.3.2": group 3, paragraph 2. */
    code: text('code').notNull(),
    paragraph: integer('paragraph').notNull(),
    text: text('text').notNull(),
    sourceRef: text('source_ref').notNull(),
    /** The corrected wording of a marked typo; `text` stays as written. */
    errata: text('errata'),
    /** The day the task is due (ISO); null means the resolution's year end. Set by the office. */
    deadline: text('deadline'),
  },
  (t) => [uniqueIndex('tasks_group_paragraph_uq').on(t.groupId, t.paragraph)],
);

export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    targetId: integer('target_id').references(() => targets.id),
    taskId: integer('task_id').references(() => tasks.id),
    role: text('role', { enum: ['lead', 'coordinate'] }).notNull(),
    /** How often this organization reports on it; null follows the default for its kind (settings). */
    cadence: text('cadence', { enum: cadences }),
  },
  (t) => [
    uniqueIndex('assignments_org_target_uq').on(t.organizationId, t.targetId),
    uniqueIndex('assignments_org_task_uq').on(t.organizationId, t.taskId),
    index('assignments_target_idx').on(t.targetId),
    index('assignments_task_idx').on(t.taskId),
    check('assignments_one_subject', sql`(${t.targetId} IS NULL) <> (${t.taskId} IS NULL)`),
  ],
);

export const reportingPeriods = sqliteTable(
  'reporting_periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    resolutionId: integer('resolution_id')
      .notNull()
      .references(() => resolutions.id),
    /** "2023-M01" … "2023-M12", "2023-Q1" … "2023-Q4", "2023-H1" (six months), "2023-Y" (the year). */
    code: text('code').notNull(),
    kind: text('kind', { enum: periodKinds }).notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    /** For the six-month and the year periods: the cut-off day (chốt số liệu), figures due then as estimates. */
    dueOn: text('due_on').notNull(),
    /** Set when the chair closes the period: nothing more is filed or approved for it. */
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    closedBy: integer('closed_by').references(() => users.id),
  },
  (t) => [uniqueIndex('periods_resolution_code_uq').on(t.resolutionId, t.code)],
);

/**
 * The chair reopens a closed period for one organization, with a reason, until a given instant.
 * Rows are never deleted: they are that organization's record of late filing.
 */
export const periodReopenings = sqliteTable(
  'period_reopenings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    periodId: integer('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    reason: text('reason').notNull(),
    until: integer('until', { mode: 'timestamp_ms' }).notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('period_reopenings_period_org_idx').on(t.periodId, t.organizationId, t.until)],
);

export const updateStates = ['draft', 'submitted', 'approved', 'returned'] as const;
export const taskStatuses = ['not_started', 'on_track', 'at_risk', 'done'] as const;

export const updates = sqliteTable(
  'updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['target', 'task'] }).notNull(),
    targetId: integer('target_id').references(() => targets.id),
    taskId: integer('task_id').references(() => tasks.id),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    periodId: integer('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    state: text('state', { enum: updateStates }).notNull().default('draft'),
    /**
     * The reporting organization's part at the time of the update. Only a 'lead' update is the
     * official progress of its target or task (what the public sees); a 'coordinate' update is
     * that organization's contribution, reviewed and kept in the history.
     */
    role: text('role', { enum: ['lead', 'coordinate'] })
      .notNull()
      .default('lead'),
    /** Target updates. */
    value: real('value'),
    /** A target figure is an estimate (ước thực hiện) or official (chính thức); null for tasks. */
    figureKind: text('figure_kind', { enum: figureKinds }),
    note: text('note'),
    /** Task updates. */
    taskStatus: text('task_status', { enum: taskStatuses }),
    progress: integer('progress'),
    narrative: text('narrative'),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    reviewerId: integer('reviewer_id').references(() => users.id),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
    returnReason: text('return_reason'),
    /** Optimistic concurrency: every write checks and bumps it. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('updates_state_idx').on(t.state, t.submittedAt),
    // The approval queue's counts by organization, period and kind read this index alone.
    index('updates_state_facets_idx').on(t.state, t.organizationId, t.periodId, t.kind),
    index('updates_org_state_idx').on(t.organizationId, t.state),
    index('updates_target_state_idx').on(t.targetId, t.state, t.reviewedAt),
    index('updates_task_state_idx').on(t.taskId, t.state, t.reviewedAt),
    // One organization's updates of one subject (a coordinating organization's own latest figure on
    // the dashboard, per row): without them SQLite searches (organization, state) and reads the
    // organization's whole approved history once per subject.
    index('updates_target_org_state_idx').on(t.targetId, t.organizationId, t.state),
    index('updates_task_org_state_idx').on(t.taskId, t.organizationId, t.state),
    index('updates_period_idx').on(t.periodId),
    index('updates_period_org_idx').on(t.periodId, t.organizationId, t.state),
    // One open update (draft, submitted or returned) per organization, subject and period, so a
    // double click or two tabs cannot create twins; approved ones accumulate as the history.
    uniqueIndex('updates_open_target_uq')
      .on(t.targetId, t.organizationId, t.periodId)
      .where(sql`${t.targetId} IS NOT NULL AND ${t.state} <> 'approved'`),
    uniqueIndex('updates_open_task_uq')
      .on(t.taskId, t.organizationId, t.periodId)
      .where(sql`${t.taskId} IS NOT NULL AND ${t.state} <> 'approved'`),
    check(
      'updates_subject',
      sql`(${t.kind} = 'target' AND ${t.targetId} IS NOT NULL AND ${t.taskId} IS NULL) OR (${t.kind} = 'task' AND ${t.taskId} IS NOT NULL AND ${t.targetId} IS NULL)`,
    ),
    check('updates_progress_range', sql`${t.progress} IS NULL OR (${t.progress} BETWEEN 0 AND 100)`),
  ],
);

export const evidenceFiles = sqliteTable(
  'evidence_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    updateId: integer('update_id')
      .notNull()
      .references(() => updates.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    /** Relative to the evidence directory, never under public/. */
    storageKey: text('storage_key').notNull().unique(),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('evidence_update_idx').on(t.updateId)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    actorId: integer('actor_id').references(() => users.id),
    /** Username as typed for failed logins, where no user id exists. */
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id'),
    /** JSON: what changed (before/after), never a password or token. */
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    ip: text('ip'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entityType, t.entityId),
    index('audit_at_idx').on(t.at),
    index('audit_actor_idx').on(t.actorId),
  ],
);

/**
 * A resolution imported in the browser and under review. Only the administrator's pages read this
 * table: nothing public, no dashboard. `doc` is the editable reading (lib/years/draft-doc.ts);
 * publishing writes it out as a resolution with its targets, tasks and periods.
 */
export const resolutionDrafts = sqliteTable(
  'resolution_drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    state: text('state', { enum: draftStates }).notNull().default('draft'),
    fileName: text('file_name'),
    sourceText: text('source_text').notNull(),
    sourceSha256: text('source_sha256').notNull(),
    doc: text('doc', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** The resolution that was current when the draft was read: its targets are the link candidates. */
    previousResolutionId: integer('previous_resolution_id').references(() => resolutions.id),
    /** Set while published; cleared by an undo. */
    publishedResolutionId: integer('published_resolution_id').references(() => resolutions.id),
    /** Optimistic concurrency: every edit checks and bumps it. */
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index('resolution_drafts_state_idx').on(t.state)],
);

export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ip: text('ip').notNull(),
    username: text('username').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('login_failures_ip_at_idx').on(t.ip, t.at)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * One row: which version of the public data this database holds. `revision` grows with every
 * change the public sees (db/public-revision.ts); `generation` is renewed by a restore, whose copy
 * may carry any revision. A server compares the pair with the one its cached public pages were
 * rendered from, so every server on the database drops them within a second of a change.
 */
export const publicRevision = sqliteTable('public_revision', {
  id: integer('id').primaryKey(),
  revision: integer('revision').notNull().default(0),
  generation: text('generation').notNull().default(''),
});

/**
 * The durable outbox: every email is written here in the transaction of the event that causes it,
 * and a sender delivers it later. `idempotencyKey` (one event, one recipient) makes queueing the
 * same message twice a no-op; a sender claims a row (pending → sending) in a transaction with a
 * lease before it speaks SMTP, so two senders never take the same row.
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    kind: text('kind').notNull(),
    userId: integer('user_id').references(() => users.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    state: text('state', { enum: mailStates }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    leaseOwner: text('lease_owner'),
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    /** The Message-ID the SMTP server accepted. */
    messageId: text('message_id'),
    /** When the log said this message is held (no SMTP_URL configured). */
    heldLoggedAt: integer('held_logged_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('mail_outbox_state_idx').on(t.state, t.nextAttemptAt),
    index('mail_outbox_created_idx').on(t.createdAt),
  ],
);

/** What the workspace header counts: one row per recipient of a reminder, notice or comment. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** Same key as the event's email: the scheduler running twice adds nothing. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The page to act on, without the language prefix ("/dashboard/updates/12"). */
    path: text('path').notNull(),
    updateId: integer('update_id').references(() => updates.id),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.id)],
);

/** The conversation on an update between its organization and the chair; never public. */
export const updateComments = sqliteTable(
  'update_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    updateId: integer('update_id')
      .notNull()
      .references(() => updates.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    /** 'return_reason': the chair's reason, the first comment of a return. */
    kind: text('kind', { enum: ['comment', 'return_reason'] })
      .notNull()
      .default('comment'),
    body: text('body').notNull(),
    createdAt: createdAt(),
    editedAt: integer('edited_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('update_comments_update_idx').on(t.updateId, t.id)],
);

export type Resolution = typeof resolutions.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type User = typeof users.$inferSelect;
export type Target = typeof targets.$inferSelect;
export type TaskGroup = typeof taskGroups.$inferSelect;
export type Task = typeof tasks.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type ReportingPeriod = typeof reportingPeriods.$inferSelect;
export type PeriodReopening = typeof periodReopenings.$inferSelect;
export type Update = typeof updates.$inferSelect;
export type UpdateState = (typeof updateStates)[number];
export type TaskStatus = (typeof taskStatuses)[number];
export type EvidenceFile = typeof evidenceFiles.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type ResolutionDraftRow = typeof resolutionDrafts.$inferSelect;
