// A long text (a task is a whole paragraph of the resolution) shortened for a list row, where CSS
// shows two or three lines of it anyway: cut at a word boundary, marked with "…". The full text
// stays on the subject's own page, one link away.

export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max - 1);
  let end = space;
  if (space < max * 0.6) {
    // One very long word: cut inside it, but never between a letter and its combining accents.
    end = max - 1;
    while (end > 0 && /\p{M}/u.test(text[end]!)) end--;
  }
  const cut = text.slice(0, end);
  return `${cut.replace(/[\s,;:.–-]+$/u, '')}…`;
}
