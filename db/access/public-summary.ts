import 'server-only';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { buildSummary, type PublicSummary, type SummaryRows } from '@/lib/public/summary-model';
import { publicDataTag } from '@/lib/public/cache-tags';
import { wardToday } from '@/lib/workflow/calendar';
import { getDb, type Db } from '../client';
import {
  assignments,
  organizations,
  reportingPeriods,
  resolutions,
  taskGroups,
  tasks,
  targets,
  updates,
} from '../schema';
import { figureColumns } from './update-columns';

/** The rule for what the public sees of an update: the lead organization's approved one. */
export const publicUpdate = and(
  eq(updates.state, 'approved'),
  eq(updates.role, 'lead'),
  // …of the organization that leads the subject NOW: after a reassignment the former lead's
  // approvals stay in its history but no longer stand for the target (issue 15, point 11).
  sql`EXISTS (SELECT 1 FROM ${assignments} WHERE ${assignments.organizationId} = ${updates.organizationId}
    AND ${assignments.role} = 'lead'
    AND (${assignments.targetId} = ${updates.targetId} OR ${assignments.taskId} = ${updates.taskId}))`,
);

/** What the public figures are computed from: an approved update's subject, figures and period. */
export const approvedUpdateColumns = {
  id: updates.id,
  targetId: updates.targetId,
  taskId: updates.taskId,
  ...figureColumns,
  periodCode: reportingPeriods.code,
  periodEndsOn: reportingPeriods.endsOn,
  reviewedAt: updates.reviewedAt,
};

/** Approval instants as ms; an approved update always has one, and one without it is not public yet. */
export function withApprovalTime<R extends { reviewedAt: Date | null }>(
  rows: R[],
): (Omit<R, 'reviewedAt'> & { reviewedAt: number })[] {
  return rows.flatMap((r) => (r.reviewedAt ? [{ ...r, reviewedAt: r.reviewedAt.getTime() }] : []));
}

/**
 * Everything the public summary shows, in one query per table (never one per row). Public data:
 * no user is needed, and only APPROVED updates of the LEAD organization are read (a coordinating
 * organization's update is its contribution, not the official figure) — drafts, submitted and
 * returned updates never leave this function. `year` picks a resolution; the current one by default
 * (a draft is never a resolution, see resolution_drafts).
 */
export function readSummaryRows(db: Db = getDb(), year?: number): SummaryRows | null {
  const found = db
    .select({
      id: resolutions.id,
      year: resolutions.year,
      number: resolutions.number,
      title: resolutions.title,
      issuingBody: resolutions.issuingBody,
      term: resolutions.term,
      conferenceNumber: resolutions.conferenceNumber,
      conference: resolutions.conference,
      heldOn: resolutions.heldOn,
      venue: resolutions.venue,
      signedFor: resolutions.signedFor,
      signerTitle: resolutions.signerTitle,
      signerName: resolutions.signerName,
      reviewYear: resolutions.reviewYear,
      reviewSummary: resolutions.reviewSummary,
      reviewShortcomings: resolutions.reviewShortcomings,
      reviewResolutionNumber: resolutions.reviewResolutionNumber,
      reviewResolutionDate: resolutions.reviewResolutionDate,
      reviewTargetsTotal: resolutions.reviewTargetsTotal,
      reviewTargetsMet: resolutions.reviewTargetsMet,
      reviewTargetsNotMet: resolutions.reviewTargetsNotMet,
      recipients: resolutions.recipients,
      // When the chair closed the year, read with the resolution (no statement of its own).
      // Written out in full: drizzle leaves a single table's columns unqualified, and a bare "id"
      // inside the subquery would be the period's own.
      yearClosedAt: sql<number | null>`(SELECT p.closed_at FROM reporting_periods p
        WHERE p.resolution_id = "resolutions"."id" AND p.kind = 'year' LIMIT 1)`,
    })
    .from(resolutions)
    .where(year === undefined ? eq(resolutions.state, 'current') : eq(resolutions.year, year))
    .get();
  if (!found) return null;
  const { yearClosedAt, ...resolution } = found;

  const targetRows = db
    .select({
      id: targets.id,
      code: targets.code,
      category: targets.category,
      ordinal: targets.ordinal,
      name: targets.name,
      targetValue: targets.targetValue,
      targetHigh: targets.targetHigh,
      unit: targets.unit,
      direction: targets.direction,
      baseValue: targets.baselineValue,
      yearEndOnly: targets.yearEndOnly,
      judgement: targets.judgement,
      qualifier: targets.qualifier,
      extra: targets.extra,
    })
    .from(targets)
    .where(eq(targets.resolutionId, resolution.id))
    .all();
  const groupRows = db
    .select({ id: taskGroups.id, number: taskGroups.number, title: taskGroups.title })
    .from(taskGroups)
    .where(eq(taskGroups.resolutionId, resolution.id))
    .all();
  const taskRows = db
    .select({
      id: tasks.id,
      groupId: tasks.groupId,
      code: tasks.code,
      paragraph: tasks.paragraph,
      text: tasks.text,
      deadline: tasks.deadline,
    })
    .from(tasks)
    .innerJoin(taskGroups, eq(taskGroups.id, tasks.groupId))
    .where(eq(taskGroups.resolutionId, resolution.id))
    .all();
  const targetIds = targetRows.map((t) => t.id);
  const taskIds = taskRows.map((t) => t.id);
  const assignmentRows = db
    .select({
      targetId: assignments.targetId,
      taskId: assignments.taskId,
      role: assignments.role,
      orgCode: organizations.code,
      orgName: organizations.name,
      orgSort: organizations.sortOrder,
    })
    .from(assignments)
    .innerJoin(organizations, eq(organizations.id, assignments.organizationId))
    .where(or(inArray(assignments.targetId, targetIds), inArray(assignments.taskId, taskIds)))
    .all();
  const organizationRows = db
    .select({ code: organizations.code, name: organizations.name })
    .from(organizations)
    .orderBy(asc(organizations.sortOrder), asc(organizations.id))
    .all();
  const approved = withApprovalTime(
    db
      .select({ ...approvedUpdateColumns, submittedAt: updates.submittedAt })
      .from(updates)
      .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
      .where(and(publicUpdate, eq(reportingPeriods.resolutionId, resolution.id)))
      .all(),
  ).map(({ submittedAt, ...r }) => ({ ...r, submittedOn: submittedAt ? wardToday(submittedAt) : null }));

  return {
    resolution,
    yearClosedAt,
    targets: targetRows,
    taskGroups: groupRows,
    tasks: taskRows,
    assignments: assignmentRows,
    organizations: organizationRows,
    approved,
  };
}

/** The summary as of now, from the database. */
export function loadPublicSummary(db: Db = getDb()): PublicSummary | null {
  const rows = readSummaryRows(db);
  return rows ? buildSummary(rows, null, wardToday()) : null;
}

/**
 * The same, cached in the server's cache until revalidatePublicPages() drops it, so the open-data
 * route, the exports and every filtered view read the database once per approval, not per request.
 */
export const getPublicSummary = unstable_cache(async () => loadPublicSummary(), ['public-summary-v1'], {
  tags: [publicDataTag],
});

/** One year's summary (an archived year or the current one), cached like the current one; null for a year not held. */
export const getPublicSummaryOf = unstable_cache(
  async (year: number) => {
    const rows = readSummaryRows(getDb(), year);
    return rows ? buildSummary(rows) : null;
  },
  ['public-summary-year-v1'],
  { tags: [publicDataTag] },
);

export type PublicYear = { year: number; current: boolean };

/** Every year the public may read, newest first (drafts are not resolutions and never listed). */
export const getPublicYears = unstable_cache(
  async (): Promise<PublicYear[]> =>
    getDb()
      .select({ year: resolutions.year, state: resolutions.state })
      .from(resolutions)
      .orderBy(sql`${resolutions.year} DESC`)
      .all()
      .map((r) => ({ year: r.year, current: r.state === 'current' })),
  ['public-years-v1'],
  { tags: [publicDataTag] },
);

/** The year of the resolution a target or task belongs to (public: resolutions are never drafts). */
export const getSubjectYear = unstable_cache(
  async (kind: 'target' | 'task', id: number): Promise<number | null> => {
    const db = getDb();
    const row =
      kind === 'target'
        ? db
            .select({ year: resolutions.year })
            .from(targets)
            .innerJoin(resolutions, eq(resolutions.id, targets.resolutionId))
            .where(eq(targets.id, id))
            .get()
        : db
            .select({ year: resolutions.year })
            .from(tasks)
            .innerJoin(taskGroups, eq(taskGroups.id, tasks.groupId))
            .innerJoin(resolutions, eq(resolutions.id, taskGroups.resolutionId))
            .where(eq(tasks.id, id))
            .get();
    return row?.year ?? null;
  },
  ['public-subject-year-v1'],
  { tags: [publicDataTag] },
);
