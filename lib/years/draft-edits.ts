// The office's edits of a draft, as pure functions of the document: each returns the new document
// or a Vietnamese refusal. The data layer applies them under the draft's version check.
import type { TargetDirection } from '../domain';
import type { DraftResolution, DraftReview, DraftTarget } from '../resolution';
import { resolveWarningsOf, type DraftDoc, type DraftOwner, type LinkChoice } from './draft-doc';

export type EditResult = { ok: true; doc: DraftDoc; summary: Record<string, unknown> } | { ok: false; message: string };

export type TargetFields = {
  name: string;
  category: '2.1' | '2.2';
  targetValue: number | null;
  targetHigh: number | null;
  unit: string | null;
  direction: TargetDirection;
  extra: string | null;
  errata: string | null;
  owners: DraftOwner[];
};

const missing = (what: string): EditResult => ({ ok: false, message: `Không tìm thấy ${what} trong bản nháp.` });

export function editTarget(doc: DraftDoc, code: string, f: TargetFields): EditResult {
  const at = doc.draft.targets.findIndex((t) => t.code === code);
  if (at < 0) return missing(`chỉ tiêu ${code}`);
  const before = doc.draft.targets[at]!;
  const after: DraftTarget = {
    ...before,
    name: f.name,
    category: f.category,
    targetValue: f.direction === 'zero' ? 0 : f.targetValue,
    targetHigh: f.direction === 'range' ? f.targetHigh : null,
    unit: f.unit,
    direction: f.direction,
    directionSource: before.direction === f.direction ? before.directionSource : 'stated',
    extra: f.extra,
  };
  const targets = doc.draft.targets.map((t, i) => (i === at ? after : t));
  const review = doc.targets[code]!;
  const next: DraftDoc = {
    ...doc,
    draft: { ...doc.draft, targets },
    targets: { ...doc.targets, [code]: { ...review, errata: f.errata, owners: f.owners } },
  };
  return { ok: true, doc: resolveWarningsOf(next, code), summary: { code, before: pick(before), after: pick(after) } };
}

const pick = (t: DraftTarget) => ({
  name: t.name,
  targetValue: t.targetValue,
  targetHigh: t.targetHigh,
  unit: t.unit,
  direction: t.direction,
  category: t.category,
  extra: t.extra,
});

export type TaskFields = { text: string; errata: string | null; owners: DraftOwner[] };

export function editTask(doc: DraftDoc, code: string, f: TaskFields): EditResult {
  let found = false;
  const taskGroups = doc.draft.taskGroups.map((g) => ({
    ...g,
    tasks: g.tasks.map((t) => {
      if (t.code !== code) return t;
      found = true;
      return { ...t, text: f.text };
    }),
  }));
  if (!found) return missing(`nhiệm vụ ${code}`);
  const next: DraftDoc = {
    ...doc,
    draft: { ...doc.draft, taskGroups },
    tasks: { ...doc.tasks, [code]: { errata: f.errata, owners: f.owners } },
  };
  return { ok: true, doc: resolveWarningsOf(next, code), summary: { code } };
}

export type HeaderFields = Pick<
  DraftResolution,
  'title' | 'number' | 'issuingBody' | 'term' | 'conferenceNumber' | 'heldOn' | 'venue' | 'signerTitle' | 'signerName'
>;

export function editHeader(doc: DraftDoc, f: HeaderFields): EditResult {
  return {
    ok: true,
    doc: { ...doc, draft: { ...doc.draft, resolution: { ...doc.draft.resolution, ...f } } },
    summary: { header: f },
  };
}

export type ReviewFields = Pick<
  DraftReview,
  'year' | 'resolutionNumber' | 'resolutionDate' | 'targetsTotal' | 'targetsMet' | 'targetsNotMet'
>;

export function editReview(doc: DraftDoc, f: ReviewFields): EditResult {
  const notMetNames = f.targetsNotMet
    ? f.targetsNotMet
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  return {
    ok: true,
    doc: { ...doc, draft: { ...doc.draft, review: { ...doc.draft.review, ...f, notMetNames } } },
    summary: { review: f },
  };
}

export function acknowledgeWarning(doc: DraftDoc, id: string): EditResult {
  const w = doc.warnings.find((x) => x.id === id);
  if (!w) return missing('cảnh báo này');
  if (w.status !== 'open') return { ok: true, doc, summary: { warning: id, unchanged: true } };
  return {
    ok: true,
    doc: { ...doc, warnings: doc.warnings.map((x) => (x.id === id ? { ...x, status: 'acknowledged' } : x)) },
    summary: { warning: id, code: w.code },
  };
}

/** Links a target to one of last year's (`previousTargetId`), or marks it new (null). */
export function chooseLink(
  doc: DraftDoc,
  code: string,
  previousTargetId: number | null,
  candidates: readonly number[],
): EditResult {
  const review = doc.targets[code];
  if (!review) return missing(`chỉ tiêu ${code}`);
  if (previousTargetId !== null && !candidates.includes(previousTargetId))
    return { ok: false, message: 'Chỉ tiêu được chọn không thuộc nghị quyết năm trước.' };
  const taken = Object.entries(doc.targets).find(
    ([other, r]) =>
      other !== code &&
      previousTargetId !== null &&
      r.link.previousTargetId === previousTargetId &&
      r.link.state !== 'new',
  );
  if (taken) return { ok: false, message: `Chỉ tiêu năm trước này đã được nối với chỉ tiêu ${taken[0]}.` };
  const link: LinkChoice =
    previousTargetId === null
      ? { state: 'new', previousTargetId: null, score: null }
      : {
          state: 'confirmed',
          previousTargetId,
          score: review.link.previousTargetId === previousTargetId ? review.link.score : null,
        };
  return {
    ok: true,
    doc: { ...doc, targets: { ...doc.targets, [code]: { ...review, link } } },
    summary: { code, before: review.link, after: link },
  };
}

/** Confirms every proposal at once; a target with no proposal is marked new. */
export function confirmProposedLinks(doc: DraftDoc): EditResult {
  const targets = Object.fromEntries(
    Object.entries(doc.targets).map(([code, r]) => [
      code,
      r.link.state !== 'proposed'
        ? r
        : {
            ...r,
            link: (r.link.previousTargetId === null
              ? { state: 'new', previousTargetId: null, score: null }
              : { ...r.link, state: 'confirmed' }) satisfies LinkChoice,
          },
    ]),
  );
  return { ok: true, doc: { ...doc, targets }, summary: { confirmedAll: true } };
}
