// The draft under review: what the reader made of the document (ResolutionDraft, the contract's
// shape) plus what the office decides before publishing — each target's link to last year, the
// owners, errata, and the state of every warning. Stored as JSON in resolution_drafts.doc; pure
// functions here decide what is still missing before the draft may be published.
import { targetDirections, type AssignmentRole, type TargetDirection } from '../domain';
import type { DraftTarget, DraftWarning, ResolutionDraft } from '../resolution';

export type DraftOwner = { org: string; role: AssignmentRole };

/** 'proposed' by name similarity, 'confirmed' by the office (linked or not), or marked 'new'. */
export type LinkChoice = {
  state: 'proposed' | 'confirmed' | 'new';
  previousTargetId: number | null;
  /** Name similarity of the proposal, 0–1. */
  score: number | null;
};

export type WarningStatus = 'open' | 'acknowledged' | 'resolved';
/** Where a warning comes from: the reader, the check of section I against the app, the owner rules. */
export type WarningSource = 'reader' | 'review-check' | 'owners';
export type ReviewWarning = DraftWarning & { id: string; status: WarningStatus; source: WarningSource };

export type TargetReview = { errata: string | null; link: LinkChoice; owners: DraftOwner[] };
export type TaskReview = { errata: string | null; owners: DraftOwner[] };

export type DraftDoc = {
  draft: ResolutionDraft;
  targets: Record<string, TargetReview>;
  tasks: Record<string, TaskReview>;
  warnings: ReviewWarning[];
};

/** Every direction the reader knows is stored and judged (ranges, zero, change and qualitative targets too). */
export const publishableDirections: readonly TargetDirection[] = targetDirections;

export function newWarning(
  id: string,
  source: WarningSource,
  w: Pick<DraftWarning, 'code' | 'message'> & Partial<DraftWarning>,
): ReviewWarning {
  const line = w.line ?? null;
  return {
    id,
    source,
    status: 'open',
    code: w.code,
    line,
    message: w.message,
    lines: w.lines ?? (line === null ? [] : [line]),
    refs: w.refs ?? [],
  };
}

/** What a target still needs before it can be published, as Vietnamese sentences. */
export function targetProblems(t: DraftTarget): string[] {
  const out: string[] = [];
  if (!t.name.trim()) out.push('chưa có tên');
  if (t.direction === null) out.push('chưa chọn chiều đánh giá');
  else if (!publishableDirections.includes(t.direction))
    out.push('chiều đánh giá này chưa lưu được (chỉ “tối thiểu” hoặc “tối đa”)');
  if (t.direction !== 'qualitative' && t.targetValue === null) out.push('chưa có giá trị chỉ tiêu');
  if (t.direction === 'range' && t.targetHigh === null) out.push('khoảng giá trị chưa có cận trên');
  if (t.direction !== 'qualitative' && !t.unit?.trim()) out.push('chưa có đơn vị');
  return out;
}

export type PublishBlockers = {
  openWarnings: ReviewWarning[];
  /** Targets whose link to last year is only proposed (or not chosen). */
  undecidedLinks: string[];
  /** Targets with missing or unstorable fields, by code. */
  incompleteTargets: { code: string; problems: string[] }[];
  /** Targets and tasks with no lead organization. */
  withoutLead: string[];
  total: number;
};

/** Everything that still stands between the draft and publishing; `total` 0 means it may go. */
export function publishBlockers(doc: DraftDoc, hasPreviousYear: boolean): PublishBlockers {
  const openWarnings = doc.warnings.filter((w) => w.status === 'open');
  const undecidedLinks = hasPreviousYear
    ? doc.draft.targets.filter((t) => doc.targets[t.code]?.link.state === 'proposed').map((t) => t.code)
    : [];
  const incompleteTargets = doc.draft.targets.flatMap((t) => {
    const problems = targetProblems(t);
    return problems.length ? [{ code: t.code, problems }] : [];
  });
  const leads = (owners: DraftOwner[] | undefined) => (owners ?? []).some((o) => o.role === 'lead');
  const withoutLead = [
    ...doc.draft.targets.filter((t) => !leads(doc.targets[t.code]?.owners)).map((t) => t.code),
    ...doc.draft.taskGroups
      .flatMap((g) => g.tasks)
      .filter((t) => !leads(doc.tasks[t.code]?.owners))
      .map((t) => t.code),
  ];
  return {
    openWarnings,
    undecidedLinks,
    incompleteTargets,
    withoutLead,
    total: openWarnings.length + undecidedLinks.length + incompleteTargets.length + withoutLead.length,
  };
}

/**
 * The open warnings about one target or task become 'resolved' once the office has saved its
 * fields (it has seen them beside the warning); those about the whole document stay open.
 */
export function resolveWarningsOf(doc: DraftDoc, code: string): DraftDoc {
  return {
    ...doc,
    warnings: doc.warnings.map((w) =>
      w.status === 'open' && w.source === 'reader' && w.refs.includes(code) ? { ...w, status: 'resolved' } : w,
    ),
  };
}
