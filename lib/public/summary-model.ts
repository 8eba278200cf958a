// The public summary as plain, JSON-safe data, built from rows the data layer read (one query
// per table). Pure, so the mapping is unit-tested without a database and the same rules serve
// the page, the open-data JSON, the exports and the periodic report.
import type {
  FigureKind,
  JudgementVerdict,
  TargetDirection,
  TargetVerdict,
  TaskStatus,
  TaskVerdict,
} from '@/lib/domain';
import { wardToday } from '@/lib/workflow/calendar';
import { standingBy } from '@/lib/workflow/figure-precedence';
import { planPercent, targetVerdict, yearShareAt } from '@/lib/workflow/target-verdict';
import { taskDeadline, taskVerdict } from '@/lib/workflow/task-verdict';
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
  targetValue: number | null;
  targetHigh: number | null;
  unit: string;
  direction: TargetDirection;
  baseValue: number | null;
  yearEndOnly: boolean;
  judgement: JudgementVerdict | null;
  qualifier: string | null;
  extra: string | null;
};
export type RawTaskGroup = { id: number; number: number; title: string };
export type RawTask = {
  id: number;
  groupId: number;
  code: string;
  paragraph: number;
  text: string;
  deadline: string | null;
};
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
  figureKind: FigureKind | null;
  note: string | null;
  taskStatus: TaskStatus | null;
  progress: number | null;
  narrative: string | null;
  periodCode: string;
  periodEndsOn: string;
  /** The ward's day the update was submitted (ISO), for a task's completion date. */
  submittedOn: string | null;
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
  /** When the chair closed the year period (ms), or null: the year-end report is public from then. */
  yearClosedAt: number | null;
};

export type TargetLatest = {
  value: number;
  /** Ước thực hiện or chính thức. */
  kind: FigureKind;
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
  status: TargetVerdict;
  /** Tỷ lệ so với kế hoạch (percent) of the standing figure, or null. */
  planPercent: number | null;
  /** The 2022 review names this target as the one not met. */
  notMetInReview: boolean;
};
export type SummaryTask = {
  id: number;
  code: string;
  text: string;
  organizations: OrgRef[];
  latest: TaskLatest | null;
  /** The deadline that applies (ISO): the office's, else the year end. */
  deadline: string;
  verdict: TaskVerdict;
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
  counts: Record<TargetVerdict, number>;
  /** "x/19 chỉ tiêu đạt và vượt": targets met or exceeded, and the total. */
  metOrExceeded: number;
  /** The most recent approval among the figures shown (ISO), or null. */
  lastApprovedAt: string | null;
  /** Figures are those of periods ending on or before this day (ISO), or all when null. */
  asOf: string | null;
  /** The chair has closed the year: its figures are final and the year-end report is public. */
  yearClosed: boolean;
};

const iso = (ms: number) => new Date(ms).toISOString();

/** The approval that stands for each subject (figure-precedence.ts): period, official over estimate, approval. */
export function latestBySubject(
  approved: RawApproved[],
  key: 'targetId' | 'taskId',
  asOf: string | null,
): Map<number, RawApproved> {
  return standingBy(approved, (row) => row[key], asOf);
}

/** The day a task's completion was first reported among its approved updates, or null. */
function doneOnBySubject(approved: RawApproved[], asOf: string | null): Map<number, string> {
  const out = new Map<number, string>();
  for (const row of approved) {
    if (row.taskId === null || row.taskStatus !== 'done' || (asOf !== null && row.periodEndsOn > asOf)) continue;
    const day = row.submittedOn ?? row.periodEndsOn;
    const current = out.get(row.taskId);
    if (!current || day < current) out.set(row.taskId, day);
  }
  return out;
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

export function emptyCounts(): Record<TargetVerdict, number> {
  return { exceeded: 0, met: 0, not_met: 0, on_pace: 0, behind_pace: 0, year_end: 0, no_data: 0 };
}

/**
 * Builds the summary; with `asOf` (a day, ISO) only figures of periods ending by then count.
 * `today` judges the tasks still open against their deadlines (trong hạn / quá hạn).
 */
export function buildSummary(
  rows: SummaryRows,
  asOf: string | null = null,
  today: string = wardToday(),
): PublicSummary {
  const r = rows.resolution;
  const targetOrgs = organizationsOf(rows.assignments, 'targetId');
  const taskOrgs = organizationsOf(rows.assignments, 'taskId');
  const targetLatest = latestBySubject(rows.approved, 'targetId', asOf);
  const taskLatest = latestBySubject(rows.approved, 'taskId', asOf);
  const taskDoneOn = doneOnBySubject(rows.approved, asOf);
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
              kind: row.figureKind ?? 'official',
              period: row.periodCode,
              periodEndsOn: row.periodEndsOn,
              approvedAt: iso(row.reviewedAt),
              note: row.note,
            }
          : null;
      if (row && latest) lastApproved = Math.max(lastApproved, row.reviewedAt);
      const status = targetVerdict(
        t,
        latest ? { value: latest.value, kind: latest.kind, yearShare: yearShareAt(latest.periodEndsOn, r.year) } : null,
      );
      return {
        id: t.id,
        code: t.code,
        category: t.category,
        name: t.name,
        targetValue: t.targetValue,
        targetHigh: t.targetHigh,
        unit: t.unit,
        direction: t.direction,
        baseValue: t.baseValue,
        yearEndOnly: t.yearEndOnly,
        judgement: t.judgement,
        planPercent: planPercent(t, latest?.value ?? null),
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
        const deadline = taskDeadline(task.deadline, r.year);
        return {
          id: task.id,
          code: task.code,
          text: task.text,
          organizations: taskOrgs.get(task.id) ?? [],
          latest,
          deadline,
          verdict: taskVerdict({ doneOn: taskDoneOn.get(task.id) ?? null, deadline, today }),
        };
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
    metOrExceeded: counts.met + counts.exceeded,
    lastApprovedAt: lastApproved ? iso(lastApproved) : null,
    asOf,
    yearClosed: rows.yearClosedAt !== null,
  };
}
