// Which of last year's targets measures the same thing as a new one, by the words of their names.
// Vietnamese words differ by their marks ("đổ" and "đồ", "hộ" and "họ"), so a word matches fully
// only with its marks; the same letters with other marks (a typo like "đồ rác thải") count for
// less, never nothing. Figures, years and the words every target shares ("tỷ lệ") do not count.

/** Words that say nothing about what a target measures. */
const stopWords = new Set([
  'tỷ',
  'tỉ',
  'lệ',
  'của',
  'và',
  'các',
  'những',
  'trên',
  'dưới',
  'đạt',
  'năm',
  'so',
  'với',
  'được',
  'có',
  'trở',
  'lên',
  'tổng',
  'số',
]);

/** Lower case, NFC, words only: "Tỷ lệ hộ nghèo (%)" → ["hộ", "nghèo"]. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0 && !stopWords.has(w));
}

/** The letters without their marks ("đổ" → "do"), for the partial match. */
export function withoutMarks(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
}

/** Same word with other marks: worth this much of a full match. */
const markedOtherwise = 0.7;

/**
 * Similarity of two target names, 0 to 1 (Dice over words, each word of the shorter list matched
 * once to its best partner). 1 for the same words; about 0.9 for one word typed with other marks.
 */
export function nameSimilarity(a: string, b: string): number {
  const left = nameTokens(a);
  const right = nameTokens(b);
  if (!left.length || !right.length) return 0;
  const unused = [...right];
  let matched = 0;
  for (const word of left) {
    let best = -1;
    let bestScore = 0;
    unused.forEach((other, i) => {
      const score = other === word ? 1 : withoutMarks(other) === withoutMarks(word) ? markedOtherwise : 0;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) {
      matched += bestScore;
      unused.splice(best, 1);
    }
  }
  return (2 * matched) / (left.length + right.length);
}

/** Below this, no link is proposed: the office links by hand or marks the target new. */
export const linkThreshold = 0.6;

export type LinkCandidate = { id: number; name: string; unit?: string | null };
export type ProposedLink = { targetId: number; score: number } | null;

/**
 * For each new target (by index), the previous target proposed as the same measure: pairs are
 * taken best first, each previous target at most once, none under `linkThreshold`. A matching unit
 * breaks ties.
 */
export function proposeLinks(
  current: { name: string; unit?: string | null }[],
  previous: LinkCandidate[],
): ProposedLink[] {
  const pairs: { i: number; id: number; score: number; rank: number }[] = [];
  current.forEach((target, i) => {
    for (const candidate of previous) {
      const score = nameSimilarity(target.name, candidate.name);
      if (score < linkThreshold) continue;
      const sameUnit = target.unit && candidate.unit && target.unit === candidate.unit ? 0.001 : 0;
      pairs.push({ i, id: candidate.id, score, rank: score + sameUnit });
    }
  });
  pairs.sort((x, y) => y.rank - x.rank || x.i - y.i);
  const out: ProposedLink[] = current.map(() => null);
  const taken = new Set<number>();
  for (const p of pairs) {
    if (out[p.i] || taken.has(p.id)) continue;
    out[p.i] = { targetId: p.id, score: Math.round(p.score * 100) / 100 };
    taken.add(p.id);
  }
  return out;
}
