// The history of a target's or task's approved figures: every approval for the table, and one
// point per period end for the chart (a later approval for the same period replaces an earlier).
// Within a period an official figure stands over an estimate whenever either was approved.
import type { FigureKind } from '@/lib/domain';
import { standsOver } from '@/lib/workflow/figure-precedence';
import { yearShareAt } from '@/lib/workflow/target-verdict';

export type HistoryRow = {
  id: number;
  periodCode: string;
  periodEndsOn: string;
  reviewedAt: number;
  figureKind?: FigureKind | null;
};
export type HistoryEntry<T extends HistoryRow> = T & { superseded: boolean };
export type ChartPoint = { x: number; value: number; periodCode: string; kind: FigureKind | null };

const ranked = (r: HistoryRow) => ({ ...r, figureKind: r.figureKind ?? null });

/** Oldest period first; within a period, the figure that stands comes last (figure-precedence.ts). */
export function historyEntries<T extends HistoryRow>(rows: T[]): HistoryEntry<T>[] {
  const sorted = [...rows].sort((a, b) =>
    standsOver(ranked(a), ranked(b)) ? 1 : standsOver(ranked(b), ranked(a)) ? -1 : 0,
  );
  const lastOfPeriod = new Map<string, number>();
  for (const row of sorted) lastOfPeriod.set(row.periodCode, row.id);
  return sorted.map((row) => ({ ...row, superseded: lastOfPeriod.get(row.periodCode) !== row.id }));
}

/** One point per period end (x = share of the year), from the figures still standing. */
export function chartPoints<T extends HistoryRow>(
  entries: HistoryEntry<T>[],
  year: number,
  valueOf: (row: T) => number | null,
): ChartPoint[] {
  const byEnd = new Map<string, HistoryEntry<T>>();
  for (const entry of entries) {
    if (entry.superseded || valueOf(entry) === null) continue;
    const current = byEnd.get(entry.periodEndsOn);
    if (!current || standsOver(ranked(entry), ranked(current))) byEnd.set(entry.periodEndsOn, entry);
  }
  return [...byEnd.values()]
    .sort((a, b) => (a.periodEndsOn < b.periodEndsOn ? -1 : 1))
    .map((entry) => ({
      x: yearShareAt(entry.periodEndsOn, year),
      value: valueOf(entry)!,
      periodCode: entry.periodCode,
      kind: entry.figureKind ?? null,
    }));
}
