// Checks across sections that the importer reports instead of resolving: the administrator
// decides. Neither text is changed.
import type { ImportWarning } from './warning';
import { formatViNumber, parseViNumber, sentences, viNumberPattern } from './text';

type TargetFacts = { code: string; name: string; targetValue: number; unit: string; line: number };
type TaskFacts = { code: string; text: string; lineAt: (offset: number) => number };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * For each target, looks in every section III sentence for the target's name (as a phrase)
 * followed, in the same sentence, by a figure in the target's unit. A figure that differs from
 * the II.2 value is a "figure-conflict": II.2 sets the target, III keeps its wording.
 * Example: II.2.1 "Tỷ lệ hộ nghèo: 1,25%" against III.3 "…tỷ lệ hộ nghèo trên địa bàn phường
 * giảm còn 1,45%…".
 */
export function findFigureConflicts(targets: TargetFacts[], tasks: TaskFacts[]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const split = tasks.map((task) => ({ task, sentences: sentences(task.text) }));
  for (const target of targets) {
    const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${escape(target.name)}(?![\\p{L}\\p{N}])`, 'giu');
    const figure = new RegExp(`(${viNumberPattern})\\s*${escape(target.unit)}(?![\\p{L}\\p{N}])`, 'u');
    // One warning per target and task: the first place the task writes another figure.
    tasks: for (const { task, sentences } of split) {
      for (const sentence of sentences) {
        for (const hit of sentence.text.matchAll(phrase)) {
          const from = hit.index + hit[0].length;
          const f = figure.exec(sentence.text.slice(from));
          if (!f) continue;
          const written = parseViNumber(f[1]!);
          if (written === target.targetValue) continue;
          const quoteEnd = from + f.index + f[0].length;
          const whole = sentence.text.slice(hit.index, quoteEnd);
          const quote = whole.length > 160 ? `${whole.slice(0, 70)}…${whole.slice(-70)}` : whole;
          const line = task.lineAt(sentence.start + from + f.index);
          const unit = target.unit === '%' ? '%' : ` ${target.unit}`;
          warnings.push({
            code: 'figure-conflict',
            message:
              `Số liệu không khớp: chỉ tiêu ${target.code} “${target.name}” là ` +
              `${formatViNumber(target.targetValue)}${unit} (mục II.2, dòng ${target.line}) nhưng ` +
              `nhiệm vụ ${task.code} ghi ${formatViNumber(written)}${unit} ` +
              `(“…${quote}”, dòng ${line}). Giá trị chỉ tiêu lấy theo mục II.2; ` +
              `văn bản mục III được giữ nguyên — đề nghị quản trị viên xem lại.`,
            line,
            refs: [target.code, task.code],
          });
          continue tasks;
        }
      }
    }
  }
  return warnings;
}
