// Walks the body of the resolution line by line and sorts it into its sections by their
// numbering ("I-", "II-", "1.", "2.1.", "2.2-", "III-"), not by heading level: the document
// writes I as bold text, II as "##", III as "###".
import { headingText, listItemText, quoteLine, stripEmphasis } from './text';

export type Issue = { line: number; message: string };
export type SectionId = 'I' | 'II' | 'II.1' | 'II.2' | '2.1' | '2.2' | 'III';
/** A paragraph: consecutive non-blank lines; `parts` keep each line's number. */
export type Block = { line: number; parts: { line: number; text: string }[] };
export type TargetItem = { category: '2.1' | '2.2'; line: number; raw: string; item: string };

export type Sections = {
  headings: Map<SectionId, { line: number; text: string }>;
  review: Block[];
  objectives: Block[];
  tasks: Block[];
  targetItems: TargetItem[];
};

/** In document order; also the order in which a missing one is reported. */
export const sectionLabels: [SectionId, string][] = [
  ['I', 'I (tình hình thực hiện nhiệm vụ năm trước)'],
  ['II', 'II (mục tiêu, chỉ tiêu chủ yếu)'],
  ['II.1', 'II.1 (mục tiêu)'],
  ['II.2', 'II.2 (các chỉ tiêu chủ yếu)'],
  ['2.1', '2.1 (chỉ tiêu về kinh tế - xã hội)'],
  ['2.2', '2.2 (chỉ tiêu về xây dựng Đảng)'],
  ['III', 'III (nhiệm vụ và giải pháp)'],
];

const romanOrder = ['I', 'II', 'III'];
const romanOf = (section: SectionId | 'preamble') =>
  section === 'preamble' ? '' : section === 'I' || section === 'III' ? section : 'II';
const romanHeading = /^(I{1,3}|IV|VI{0,3}|IX|X)\s*[-.–:]\s*(.*)$/u;
const subHeading = /^(\d+)\.(\d+)\s*[.\-–]?\s*(.*)$/u;
const numberedHeading = /^(\d+)\s*[.\-–)]\s*(.*)$/u;

/**
 * A heading written without markup, as a Word document's extracted text has them: "QUYẾT NGHỊ",
 * "II- Mục tiêu…" anywhere; "1. Mục tiêu", "2.1. Các chỉ tiêu…" only inside section II, where a
 * numbered line cannot be a task paragraph. A long line is a paragraph, never a heading.
 */
function plainHeading(line: string, section: SectionId | 'preamble'): string | null {
  const t = line.trim();
  if (t.length > 150) return null;
  if (/^QUYẾT NGHỊ\s*:?$/u.test(t) || /^(I{1,3}|IV|VI{0,3}|IX|X)\s*[-.–:]\s*\p{Lu}/u.test(t)) return t;
  const inII = section === 'II' || section === 'II.1' || section === 'II.2' || section === '2.1';
  if (inII && subHeading.test(t) && /^\d+\.\d+\s*[.\-–]\s*\p{Lu}/u.test(t)) return t;
  if ((section === 'II' || section === 'II.1') && /^[12]\s*[.\-–)]\s*\p{Lu}/u.test(t)) return t;
  return null;
}

/** Sorts lines [from, to) (0-based indexes into `lines`) into sections; reports what it cannot place. */
export function splitSections(lines: string[], from: number, to: number, issues: Issue[]): Sections {
  const out: Sections = { headings: new Map(), review: [], objectives: [], tasks: [], targetItems: [] };
  let section: SectionId | 'preamble' = 'preamble';
  let block: Block | null = null;
  const fail = (line: number, message: string) =>
    issues.push({ line, message: `Dòng ${line}: ${message}: ${quoteLine(lines[line - 1]!)}` });

  const close = () => {
    if (!block) return;
    if (section === 'I') out.review.push(block);
    else if (section === 'II.1') out.objectives.push(block);
    else if (section === 'III') out.tasks.push(block);
    block = null;
  };
  const enter = (id: SectionId, line: number, text: string): SectionId => {
    if (out.headings.has(id)) fail(line, `mục ${id} xuất hiện lần thứ hai`);
    out.headings.set(id, { line, text });
    return id;
  };

  for (let i = from; i < to; i++) {
    const raw = lines[i]!;
    const no = i + 1;
    if (!raw.trim()) {
      close();
      continue;
    }
    const heading = headingText(raw) ?? plainHeading(raw, section);
    if (heading !== null) {
      close();
      const roman = romanHeading.exec(heading);
      const sub = subHeading.exec(heading);
      const numbered = numberedHeading.exec(heading);
      if (/^QUYẾT NGHỊ\s*:?$/iu.test(heading)) {
        if (section !== 'preamble') fail(no, '“QUYẾT NGHỊ” phải đứng trước mục I');
      } else if (roman) {
        // A later section may follow a missing one (reported once, by missingSections).
        const index = romanOrder.indexOf(roman[1]!);
        if (index > romanOrder.indexOf(romanOf(section))) section = enter(roman[1] as SectionId, no, roman[2]!);
        else fail(no, `mục ${roman[1]} không đúng thứ tự hoặc không được hỗ trợ (chỉ có mục I, II, III)`);
      } else if (sub) {
        const id = `${sub[1]}.${sub[2]}`;
        if ((section === 'II.2' || section === '2.1') && (id === '2.1' || id === '2.2'))
          section = enter(id, no, sub[3]!);
        else fail(no, `tiểu mục ${id} không nằm đúng chỗ trong mục II.2`);
      } else if (numbered && (section === 'II' || section === 'II.1')) {
        const id = numbered[1] === '1' ? 'II.1' : numbered[1] === '2' ? 'II.2' : null;
        if (id) section = enter(id, no, numbered[2]!);
        else fail(no, `mục II chỉ có tiểu mục 1 (mục tiêu) và 2 (chỉ tiêu)`);
      } else {
        fail(no, 'tiêu đề không nhận ra');
      }
      continue;
    }
    const item = listItemText(raw);
    if (section === '2.1' || section === '2.2') {
      // A Word bullet list loses its marks in the extracted text: a plain line is an item too.
      out.targetItems.push({ category: section, line: no, raw, item: stripEmphasis(item ?? raw.trim()) });
      continue;
    }
    if (section === 'preamble' || section === 'II' || section === 'II.2') {
      fail(no, 'đoạn văn không thuộc mục nào đã biết');
      continue;
    }
    if (section === 'III' && item !== null) {
      fail(no, 'mục III không hỗ trợ gạch đầu dòng; mỗi nhiệm vụ là một đoạn văn');
      continue;
    }
    block ??= { line: no, parts: [] };
    block.parts.push({ line: no, text: stripEmphasis(raw.trim()) });
  }
  close();
  return out;
}

/** One issue per required section that never appeared, naming where it was expected. */
export function missingSections(sections: Sections, lines: string[], endLine: number): Issue[] {
  const issues: Issue[] = [];
  sectionLabels.forEach(([id, label], index) => {
    if (sections.headings.has(id)) return;
    const next = sectionLabels.slice(index + 1).find(([later]) => sections.headings.has(later));
    const line = next ? sections.headings.get(next[0])!.line : endLine;
    const where = line <= lines.length ? `trước ${quoteLine(lines[line - 1]!)}` : 'trước cuối văn bản';
    issues.push({ line, message: `Dòng ${line}: thiếu mục ${label} ${where}` });
  });
  return issues;
}
