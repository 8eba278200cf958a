// Section I of a new resolution reviews the year before ("Trong số 19 chỉ tiêu …, có 18 chỉ tiêu
// đạt và vượt", the targets named as not met). The app recorded that year too: each disagreement
// becomes a warning for the office, never a silent choice of one side.
import type { DraftReview } from '../resolution';
import { nameSimilarity } from './similarity';

export type RecordedTarget = { code: string; name: string; met: boolean; hasFigure: boolean };
export type RecordedYear = { year: number; targets: RecordedTarget[] };

const list = (targets: RecordedTarget[]) => targets.map((t) => `${t.code} “${t.name}”`).join('; ');

/** Vietnamese warning messages; empty when the review and the app agree (or there is nothing to compare). */
export function checkReview(review: DraftReview, recorded: RecordedYear | null): string[] {
  if (!recorded) return [];
  const out: string[] = [];
  if (review.year !== recorded.year) {
    out.push(
      `Mục I đánh giá năm ${review.year} nhưng nghị quyết đang theo dõi trong hệ thống là năm ${recorded.year}: không đối chiếu được kết quả.`,
    );
    return out;
  }
  const met = recorded.targets.filter((t) => t.met);
  const notMet = recorded.targets.filter((t) => !t.met);
  const withoutFigure = recorded.targets.filter((t) => !t.hasFigure);
  if (review.targetsTotal !== null && review.targetsTotal !== recorded.targets.length) {
    out.push(
      `Mục I ghi ${review.targetsTotal} chỉ tiêu năm ${review.year}; hệ thống theo dõi ${recorded.targets.length} chỉ tiêu của năm đó.`,
    );
  }
  if (review.targetsMet !== null && review.targetsMet !== met.length) {
    out.push(
      `Mục I ghi ${review.targetsMet} chỉ tiêu đạt và vượt năm ${review.year}; theo số liệu đã duyệt trong hệ thống có ${met.length} chỉ tiêu đạt` +
        (notMet.length ? `, chưa đạt hoặc chưa có số liệu: ${list(notMet)}` : '') +
        (withoutFigure.length ? ` (${withoutFigure.length} chỉ tiêu chưa có số liệu nào được duyệt)` : '') +
        '.',
    );
  }
  for (const name of review.notMetNames) {
    let best: RecordedTarget | null = null;
    let bestScore = 0;
    for (const t of recorded.targets) {
      const score = nameSimilarity(name, t.name);
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    if (!best || bestScore < 0.5) {
      out.push(`Mục I nêu “${name}” là chỉ tiêu chưa đạt, nhưng không tìm thấy chỉ tiêu này trong năm ${review.year}.`);
    } else if (best.met) {
      out.push(
        `Mục I nêu “${name}” là chỉ tiêu chưa đạt, nhưng hệ thống ghi nhận ${best.code} “${best.name}” đã đạt theo số liệu được duyệt.`,
      );
    }
  }
  return out;
}
