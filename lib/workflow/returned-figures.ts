import type { Figures } from './update-diff';

/** One audit row of an update, oldest first: its action and, for an edit, the fields it changed. */
export type TrailEntry = { action: string; changes: Record<string, { before: unknown; after: unknown }> | null };

const keys = ['value', 'taskStatus', 'progress', 'note', 'narrative'] as const;

/**
 * The figures an update had when the chair last returned it, worked back from its figures now: the
 * officer's edits since that return are undone, latest first, each field to its `before`. Null when
 * the update was never returned (no 'update.return' in its trail). Pure.
 */
export function figuresAtReturn<F extends Figures>(current: F, trail: TrailEntry[]): F | null {
  let lastReturn = -1;
  trail.forEach((entry, i) => {
    if (entry.action === 'update.return') lastReturn = i;
  });
  if (lastReturn < 0) return null;
  const figures: F = { ...current };
  for (const entry of trail.slice(lastReturn + 1).reverse()) {
    for (const key of keys) {
      const change = entry.changes?.[key];
      if (change) (figures as Record<string, unknown>)[key] = change.before ?? null;
    }
  }
  return figures;
}
