// Section III: numbered groups "N. …", each paragraph one task. A blank-line-separated
// fragment that starts in lower case is the rest of the previous paragraph (a page break in
// the source, e.g. "…tỷ lệ hộ nghèo trên địa bàn" / "phường giảm còn 1,45% …"), joined by one space.
import type { Block, Issue } from './sections';
import { firstSentence, quoteLine } from './text';

export type ParsedTask = {
  /** "III.3.2": group 3, paragraph 2. */
  code: string;
  paragraph: number;
  /** The paragraph as written, without the group's "N. " and without markdown emphasis markers. */
  text: string;
  sourceRef: string;
  /** 1-based line where the paragraph starts. */
  line: number;
};

export type ParsedTaskGroup = {
  number: number;
  /** The first sentence of the group's first paragraph, as written. */
  title: string;
  line: number;
  tasks: ParsedTask[];
};

/** A task with the line of every character offset, for warnings that point into it. */
export type TaskWithLines = ParsedTask & { lineAt: (offset: number) => number };

type Draft = { line: number; text: string; segments: { offset: number; line: number }[] };

export function buildTaskGroups(
  blocks: Block[],
  lines: string[],
  issues: Issue[],
): { groups: ParsedTaskGroup[]; located: TaskWithLines[] } {
  const drafts: { number: number; line: number; paragraphs: Draft[] }[] = [];
  const fail = (line: number, message: string) =>
    issues.push({ line, message: `Dòng ${line}: ${message}: ${quoteLine(lines[line - 1]!)}` });

  for (const block of blocks) {
    let text = '';
    const segments: Draft['segments'] = [];
    for (const part of block.parts) {
      // Lines inside one paragraph are soft-wrapped: one space between them.
      if (text) text += ' ';
      segments.push({ offset: text.length, line: part.line });
      text += part.text;
    }
    const numbered = /^(\d+)\.\s+(?=\S)/u.exec(text);
    const group = drafts.at(-1);
    if (numbered) {
      const number = Number(numbered[1]);
      if (number !== drafts.length + 1) {
        fail(block.line, `nhiệm vụ số ${number} không liên tiếp (cần số ${drafts.length + 1})`);
      }
      const cut = numbered[0].length;
      drafts.push({
        number,
        line: block.line,
        paragraphs: [{ line: block.line, text: text.slice(cut), segments: shift(segments, -cut) }],
      });
    } else if (/^\p{Ll}/u.test(text)) {
      const previous = group?.paragraphs.at(-1);
      if (!previous) {
        fail(block.line, 'đoạn viết thường ở đầu mục III không nối tiếp đoạn nào');
        continue;
      }
      const at = previous.text.length + 1;
      previous.text += ` ${text}`;
      previous.segments.push(...shift(segments, at));
    } else if (group) {
      group.paragraphs.push({ line: block.line, text, segments });
    } else {
      fail(block.line, 'đoạn văn đứng trước nhiệm vụ số 1 của mục III');
    }
  }

  const located: TaskWithLines[] = [];
  const groups = drafts.map((g) => ({
    number: g.number,
    title: firstSentence(g.paragraphs[0]!.text),
    line: g.line,
    tasks: g.paragraphs.map((p, index) => {
      const task: ParsedTask = {
        code: `III.${g.number}.${index + 1}`,
        paragraph: index + 1,
        text: p.text,
        sourceRef: `III.${g.number} ¶${index + 1}`,
        line: p.line,
      };
      located.push({ ...task, lineAt: (offset) => lineAt(p.segments, offset) });
      return task;
    }),
  }));
  return { groups, located };
}

function shift(segments: Draft['segments'], by: number): Draft['segments'] {
  return segments.map((s, i) => ({ offset: i === 0 && by < 0 ? 0 : s.offset + by, line: s.line }));
}

function lineAt(segments: Draft['segments'], offset: number): number {
  let line = segments[0]!.line;
  for (const s of segments) if (s.offset <= offset) line = s.line;
  return line;
}
