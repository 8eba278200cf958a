// What changed between the previous approved update and the one waiting, so the chair's eye
// goes straight to it. Pure.

export type Figures = {
  value: number | null;
  taskStatus: string | null;
  progress: number | null;
  note: string | null;
  narrative: string | null;
};

export type Direction = 'up' | 'down' | 'same';

export type FigureChange = {
  /** Difference of the reported values (targets), null when either is missing. */
  valueDelta: number | null;
  valueDirection: Direction | null;
  /** Difference in percent complete (tasks), null when either is missing. */
  progressDelta: number | null;
  progressDirection: Direction | null;
  statusChanged: boolean;
  textChanged: boolean;
};

function delta(before: number | null, after: number | null): { delta: number | null; direction: Direction | null } {
  if (before === null || after === null) return { delta: null, direction: null };
  // Reported figures have at most a few decimals: round away floating-point noise (320 − 150,1).
  const d = Math.round((after - before) * 1e6) / 1e6;
  return { delta: d, direction: d > 0 ? 'up' : d < 0 ? 'down' : 'same' };
}

export function compareFigures(previous: Figures | null, current: Figures): FigureChange | null {
  if (!previous) return null;
  const value = delta(previous.value, current.value);
  const progress = delta(previous.progress, current.progress);
  return {
    valueDelta: value.delta,
    valueDirection: value.direction,
    progressDelta: progress.delta,
    progressDirection: progress.direction,
    statusChanged: previous.taskStatus !== current.taskStatus,
    textChanged: (previous.note ?? previous.narrative ?? '') !== (current.note ?? current.narrative ?? ''),
  };
}
