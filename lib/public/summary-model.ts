// The public summary as plain, JSON-safe data, built from rows the data layer read (one query
// per table). Pure, so the mapping is unit-tested without a database and the same rules serve
// the page, the open-data JSON, the exports and the periodic report.
import { targetStatus, yearShareAt, type TargetStatus } from '@/lib/workflow/target-status';
import type { TaskStatus } from '@/lib/domain';
import { findReviewMatch, splitSentences } from './review-text';

export type OrgRole = 'lead' | 'coordinate';
export type OrgRef = { code: string; name: string; role: OrgRole };

export type RawResolution = {
  id: number;
  year: number;
  number: string | null;
  title: string;
  issuingBody: string;
  term: string | null;
  conferenceNumber: number | null;
  conference: string;
  heldOn: string | null;
  venue: string | null;
  signedFor: string | null;
  signerTitle: string | null;
  signerName: string | null;
  reviewYear: number | null;
  reviewSummary: string;
  reviewShortcomings: string;
  reviewResolutionNumber: string | null;
  reviewResolutionDate: string | null;
  reviewTargetsTotal: number | null;
  reviewTargetsMet: number | null;
  reviewTargetsNotMet: string | null;
  recipients: string[];
};
export type RawTarget = {
  id: number;
  code: string;
  category: '2.1' | '2.2';
  ordinal: number;
  name: string;
  targetValue: number;
  unit: string;
  direction: 'min' | 'max';
  qualifier: string | null;
  extra: string | null;
};
export type RawTaskGroup = { id: number; number: number; title: string };
export type RawTask = { id: number; groupId: number; code: string; paragraph: number; text: string };
export type RawAssignment = {
  targetId: number | null;
  taskId: number | null;
  role: OrgRole;
  orgCode: string;
  orgName: string;
  orgSort: number;
};
export type RawOrganization = { code: string; name: string };
/** One approved update with its period; `reviewedAt` is the approval instant (ms). */
export type RawApproved = {
  id: number;
  targetId: number | null;
  taskId: number | null;
  value: number | null;
  note: string | null;
  taskStatus: TaskStatus | null;
  progress: number | null;
  narrative: string | null;
  periodCode: string;
  periodEndsOn: string;
  reviewedAt: number;
};
export type SummaryRows = {
  resolution: RawResolution;
  targets: RawTarget[];
  taskGroups: RawTaskGroup[];
  tasks: RawTask[];
  assignments: RawAssignment[];
  organizations: RawOrganization[];
  approved: RawApproved[];
};

export type TargetLatest = {
  value: number;
  period: string;
  periodEndsOn: string;
  approvedAt: string;
  note: string | null;
};
export type TaskLatest = {
  status: TaskStatus;
  progress: number | null;
  period: string;
  periodEndsOn: string;
  approvedAt: string;
  narrative: string | null;
};

export type SummaryTarget = Omit<RawTarget, 'ordinal'> & {
  organizations: OrgRef[];
  latest: TargetLatest | null;
  status: TargetStatus;
  /** The 2022 review names this target as the one not met. */
  notMetInReview: boolean;
};
export type SummaryTask = {
  id: number;
  code: string;
  text: string;
  organizations: OrgRef[];
  latest: TaskLatest | null;
};
export type SummaryTaskGroup = {
  number: number;
  title: string;
  tasks: SummaryTask[];
  averageProgress: number | null;
  reported: number;
};

export type PublicSummary = {
  resolution: Omit<
    RawResolution,
    | 'id'
    | 'reviewYear'
    | 'reviewSummary'
    | 'reviewShortcomings'
    | 'reviewResolutionNumber'
    | 'reviewResolutionDate'
    | 'reviewTargetsTotal'
    | 'reviewTargetsMet'
    | 'reviewTargetsNotMet'
    | 'recipients'
  >;
  review: {
    year: number | null;
    resolutionNumber: string | null;
    resolutionDate: string | null;
    targetsTotal: number | null;
    targetsMet: number | null;
    targetsNotMet: string | null;
    achievements: string[];
    shortcomings: string[];
  };
  recipients: string[];
  organizations: RawOrganization[];
  targets: SummaryTarget[];
  taskGroups: SummaryTaskGroup[];
  counts: Record<TargetStatus, number>;
  /** The most recent approval among the figures shown (ISO), or null. */
  lastApprovedAt: string | null;
  /** Figures are those of periods ending on or before this day (ISO), or all when null. */
  asOf: string | null;
};

const iso = (ms: number) => new Date(ms).toISOString();

/** The approval that stands for a subject: latest period end, then latest approval (a correction). */
function newer(a: RawApproved, b: RawApproved): boolean {
  if (a.periodEndsOn !== b.periodEndsOn) return a.periodEndsOn > b.periodEndsOn;
  if (a.reviewedAt !== b.reviewedAt) return a.reviewedAt > b.reviewedAt;
  return a.id > b.id;
}

export function latestBySubject(
  approved: RawApproved[],
  key: 'targetId' | 'taskId',
  asOf: string | null,
): Map<number, RawApproved> {
  const latest = new Map<number, RawApproved>();
  for (const row of approved) {
    const id = row[key];
    if (id === null || (asOf !== null && row.periodEndsOn > asOf)) continue;
    const current = latest.get(id);
    if (!current || newer(row, current)) latest.set(id, row);
  }
  return latest;
}

function organizationsOf(assignments: RawAssignment[], key: 'targetId' | 'taskId'): Map<number, OrgRef[]> {
  const sorted = [...assignments].sort((a, b) =>
    a.role === b.role ? a.orgSort - b.orgSort : a.role === 'lead' ? -1 : 1,
  );
  const byId = new Map<number, OrgRef[]>();
  for (const a of sorted) {
    const id = a[key];
    if (id === null) continue;
    const list = byId.get(id) ?? [];
    list.push({ code: a.orgCode, name: a.orgName, role: a.role });
    byId.set(id, list);
  }
  return byId;
}

/** Mean progress of the tasks with an approved figure, and how many have one. */
export function groupProgress(tasks: SummaryTask[]): { averageProgress: number | null; reported: number } {
  const progresses = tasks.flatMap((t) => (t.latest?.progress != null ? [t.latest.progress] : []));
  const averageProgress = progresses.length
    ? Math.round(progresses.reduce((s, p) => s + p, 0) / progresses.length)
    : null;
  return { averageProgress, reported: tasks.filter((t) => t.latest).length };
}

export function emptyCounts(): Record<TargetStatus, number> {
  return { met: 0, on_track: 0, at_risk: 0, not_met: 0, no_data: 0 };
}

/** Builds the summary; with `asOf` (a day, ISO) only figures of periods ending by then count. */
export function buildSummary(rows: SummaryRows, asOf: string | null = null): PublicSummary {
  const r = rows.resolution;
  const targetOrgs = organizationsOf(rows.assignments, 'targetId');
  const taskOrgs = organizationsOf(rows.assignments, 'taskId');
  const targetLatest = latestBySubject(rows.approved, 'targetId', asOf);
  const taskLatest = latestBySubject(rows.approved, 'taskId', asOf);
  const reviewMatch = findReviewMatch(r.reviewTargetsNotMet, rows.targets);
  let lastApproved = 0;

  const targets = [...rows.targets]
    .sort((a, b) => (a.category === b.category ? a.ordinal - b.ordinal : a.category < b.category ? -1 : 1))
    .map((t): SummaryTarget => {
      const row = targetLatest.get(t.id);
      const latest =
        row && row.value !== null
          ? {
              value: row.value,
              period: row.periodCode,
              periodEndsOn: row.periodEndsOn,
              approvedAt: iso(row.reviewedAt),
              note: row.note,
            }
          : null;
      if (row && latest) lastApproved = Math.max(lastApproved, row.reviewedAt);
      const status = targetStatus({
        direction: t.direction,
        targetValue: t.targetValue,
        value: latest?.value ?? null,
        yearShare: latest ? yearShareAt(latest.periodEndsOn, r.year) : 0,
      });
      return {
        id: t.id,
        code: t.code,
        category: t.category,
        name: t.name,
        targetValue: t.targetValue,
        unit: t.unit,
        direction: t.direction,
        qualifier: t.qualifier,
        extra: t.extra,
        organizations: targetOrgs.get(t.id) ?? [],
        latest,
        status,
        notMetInReview: reviewMatch === t.id,
      };
    });

  const tasksByGroup = new Map<number, RawTask[]>();
  for (const task of [...rows.tasks].sort((a, b) => a.paragraph - b.paragraph)) {
    tasksByGroup.set(task.groupId, [...(tasksByGroup.get(task.groupId) ?? []), task]);
  }
  const taskGroups = [...rows.taskGroups]
    .sort((a, b) => a.number - b.number)
    .map((g): SummaryTaskGroup => {
      const tasks = (tasksByGroup.get(g.id) ?? []).map((task): SummaryTask => {
        const row = taskLatest.get(task.id);
        const latest =
          row && row.taskStatus
            ? {
                status: row.taskStatus,
                progress: row.progress,
                period: row.periodCode,
                periodEndsOn: row.periodEndsOn,
                approvedAt: iso(row.reviewedAt),
                narrative: row.narrative,
              }
            : null;
        if (row && latest) lastApproved = Math.max(lastApproved, row.reviewedAt);
        return { id: task.id, code: task.code, text: task.text, organizations: taskOrgs.get(task.id) ?? [], latest };
      });
      return { number: g.number, title: g.title, tasks, ...groupProgress(tasks) };
    });

  const counts = emptyCounts();
  for (const t of targets) counts[t.status] += 1;

  return {
    resolution: {
      year: r.year,
      number: r.number,
      title: r.title,
      issuingBody: r.issuingBody,
      term: r.term,
      conferenceNumber: r.conferenceNumber,
      conference: r.conference,
      heldOn: r.heldOn,
      venue: r.venue,
      signedFor: r.signedFor,
      signerTitle: r.signerTitle,
      signerName: r.signerName,
    },
    review: {
      year: r.reviewYear,
      resolutionNumber: r.reviewResolutionNumber,
      resolutionDate: r.reviewResolutionDate,
      targetsTotal: r.reviewTargetsTotal,
      targetsMet: r.reviewTargetsMet,
      targetsNotMet: r.reviewTargetsNotMet,
      achievements: splitSentences(r.reviewSummary),
      shortcomings: splitSentences(r.reviewShortcomings),
    },
    recipients: r.recipients,
    organizations: rows.organizations,
    targets,
    taskGroups,
    counts,
    lastApprovedAt: lastApproved ? iso(lastApproved) : null,
    asOf,
  };
}
