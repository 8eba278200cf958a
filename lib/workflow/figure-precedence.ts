// Which approved figure stands for a target or a task. A ward files estimates (ước thực hiện)
// before a period closes and the official figure (chính thức) later; an approved official figure
// for a period supersedes any estimate for that period or before it, while an estimate for a later
// period is newer news and stands over an older official one.
import type { FigureKind } from '@/lib/domain';

export type RankedFigure = {
  id: number;
  periodEndsOn: string;
  /** Null for task updates, which carry no figure kind. */
  figureKind: FigureKind | null;
  /** Approval instant (ms). */
  reviewedAt: number;
};

/** True when `a` stands over `b`: later period, then official over estimate, then the later approval. */
export function standsOver(a: RankedFigure, b: RankedFigure): boolean {
  if (a.periodEndsOn !== b.periodEndsOn) return a.periodEndsOn > b.periodEndsOn;
  const rank = (k: FigureKind | null) => (k === 'estimate' ? 0 : 1);
  if (rank(a.figureKind) !== rank(b.figureKind)) return rank(a.figureKind) > rank(b.figureKind);
  if (a.reviewedAt !== b.reviewedAt) return a.reviewedAt > b.reviewedAt;
  return a.id > b.id;
}

/** The standing figure of each subject; with `asOf` (a day) only periods ending by then count. */
export function standingBy<R extends RankedFigure>(
  rows: readonly R[],
  key: (row: R) => number | null,
  asOf: string | null = null,
): Map<number, R> {
  const out = new Map<number, R>();
  for (const row of rows) {
    const id = key(row);
    if (id === null || (asOf !== null && row.periodEndsOn > asOf)) continue;
    const current = out.get(id);
    if (!current || standsOver(row, current)) out.set(id, row);
  }
  return out;
}
