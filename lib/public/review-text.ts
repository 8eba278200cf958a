// Helpers that read the resolution's own prose without changing a word of it.

/**
 * Splits prose into its sentences, as written, for a readable list: a sentence ends at ".", "!"
 * or "?" followed by a capital letter ("… quản lý đô thị... được tăng cường" stays whole).
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .flatMap((paragraph) => paragraph.replace(/\s*\n\s*/gu, ' ').split(/(?<=[.!?])\s+(?=\p{Lu})/u))
    .map((s) => s.trim())
    .filter(Boolean);
}

function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The target that the review's "not met" phrase names ("tỷ lệ chi bộ hoàn thành tốt nhiệm vụ" →
 * "Tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên"): the one whose name holds every word
 * of the phrase. Null when none or more than one does — a guess is not shown to the public.
 */
export function findReviewMatch(phrase: string | null, targets: { id: number; name: string }[]): number | null {
  if (!phrase) return null;
  const wanted = words(phrase);
  if (!wanted.length) return null;
  const matches = targets.filter((t) => {
    const have = new Set(words(t.name));
    return wanted.every((w) => have.has(w));
  });
  return matches.length === 1 ? matches[0]!.id : null;
}
