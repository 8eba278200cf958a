// What the chair just decided, kept for a few minutes in a cookie of the chair's own so the
// confirmation stays on the queue after the decided cards have left it (and after a reload).

export const decisionCookie = 'rt-decided';
export const decisionCookieSeconds = 10 * 60;
const maxIds = 100;

export type DecisionNote = { decision: 'approved' | 'returned'; ids: number[] };

export function encodeDecision(note: DecisionNote): string {
  return `${note.decision}:${note.ids.slice(0, maxIds).join('.')}`;
}

/** Anything that is not a note this app wrote reads as no note. */
export function decodeDecision(value: string | undefined): DecisionNote | null {
  const match = /^(approved|returned):(\d{1,12}(?:\.\d{1,12}){0,99})$/.exec(value ?? '');
  if (!match) return null;
  return { decision: match[1] as DecisionNote['decision'], ids: match[2]!.split('.').map(Number) };
}
