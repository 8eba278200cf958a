// Reads an annual resolution of the ward Party Committee from its text (light markdown, as
// `resolutions/2023.txt`) by its structure, so next year's resolution in the same form imports
// the same way. What it cannot read it reports (ResolutionParseError) instead of guessing.
//
// Prose fields (summary, objectives, task text) keep the document's words, punctuation and
// “quotes” exactly; only markdown markup is removed (`**`, `*` emphasis, `#`), because the app
// shows plain text. `sourceLine` of a target keeps its line byte for byte.
import type { ImportWarning } from '../schema';
import { missingSections, splitSections, type Block, type Issue } from './parse-sections';
import { parseTargetText, type ParsedTargetLine, type TargetCategory } from './parse-targets';
import { buildTaskGroups, type ParsedTaskGroup } from './parse-tasks';
import { firstSentence, listItemText, normaliseCapsTitle, parseViDate, quoteLine, stripEmphasis } from './parse-text';
import { findFigureConflicts } from './resolution-warnings';

export type { ParsedTask, ParsedTaskGroup } from './parse-tasks';
export type { ImportWarning };

export type ParseIssue = Issue;

export class ResolutionParseError extends Error {
  readonly issues: ParseIssue[];
  constructor(issues: ParseIssue[]) {
    super(`Không đọc được văn bản nghị quyết:\n${issues.map((i) => `- ${i.message}`).join('\n')}`);
    this.name = 'ResolutionParseError';
    this.issues = issues;
  }
}

export type ResolutionHeader = {
  /** Title in sentence case, words as written: "Nghị quyết của Ban Chấp hành … năm 2023". */
  title: string;
  /** Title lines as written (markdown removed), ALL CAPS kept. */
  titleRaw: string;
  year: number;
  issuingBody: string;
  term: string | null;
  conferenceNumber: number | null;
  /** The opening sentence, as written. */
  conference: string;
  heldOn: string | null;
  venue: string | null;
  signedFor: string | null;
  signerTitle: string | null;
  signerName: string | null;
};

export type ResolutionReview = {
  year: number;
  summary: string;
  shortcomings: string;
  resolutionNumber: string | null;
  resolutionDate: string | null;
  targetsTotal: number | null;
  targetsMet: number | null;
  targetsNotMetCount: number | null;
  targetsNotMet: string | null;
};

export type ParsedTarget = ParsedTargetLine & {
  /** "2.1.08": category and position in it. */
  code: string;
  category: TargetCategory;
  ordinal: number;
  /** The line exactly as written. */
  sourceLine: string;
  /** "II.2.1 dòng 8": the 8th line of the list in II.2.1. */
  sourceRef: string;
  /** 1-based line number in the document. */
  line: number;
};

export type ParsedResolution = {
  header: ResolutionHeader;
  review: ResolutionReview;
  objectives: string;
  targets: ParsedTarget[];
  taskGroups: ParsedTaskGroup[];
  recipients: string[];
  warnings: ImportWarning[];
};

export function parseResolution(input: string): ParsedResolution {
  // NFC so that phrase rules match however the file was typed; a BOM is not part of the text.
  const lines = input
    .replace(/^\uFEFF/u, '')
    .normalize('NFC')
    .split(/\r?\n/u);
  const issues: Issue[] = [];
  const warnings: ImportWarning[] = [];
  const fail = (line: number, message: string) =>
    issues.push({ line, message: `Dòng ${line}: ${message}: ${quoteLine(lines[line - 1] ?? '')}` });
  const stop = () => {
    if (issues.length) throw new ResolutionParseError(issues);
  };

  // Title: the first paragraph.
  const titleAt = lines.findIndex((l) => l.trim());
  if (titleAt < 0) throw new ResolutionParseError([{ line: 1, message: 'Dòng 1: văn bản trống' }]);
  const titleEnd = nextBlank(lines, titleAt);
  const titleLines = stripEmphasis(
    lines
      .slice(titleAt, titleEnd)
      .map((l) => l.trim())
      .join('\n'),
  )
    .replace(/^#+\s*/u, '')
    .split('\n')
    .map((l) => l.trim());
  const titleRaw = titleLines.join('\n');
  const year = Number(/năm\s+(\d{4})/u.exec(titleRaw)?.[1] ?? NaN);
  if (!/nghị quyết/iu.test(titleRaw)) fail(titleAt + 1, 'không tìm thấy tiêu đề “Nghị quyết …”');
  else if (!year) fail(titleAt + 1, 'tiêu đề không ghi “năm …” của nghị quyết');

  // Opening sentence: the next paragraph, "Hội nghị lần thứ 34 … tổ chức ngày …, tại …".
  const openingAt = lines.findIndex((l, i) => i >= titleEnd && l.trim());
  const openingEnd = nextBlank(lines, openingAt);
  const opening = lines
    .slice(openingAt, openingEnd)
    .map((l) => l.trim())
    .join(' ');
  if (openingAt < 0 || !/^Hội nghị/u.test(opening)) {
    fail(Math.max(openingAt, titleEnd) + 1, 'không tìm thấy câu mở đầu “Hội nghị …”');
  }
  stop();
  const conference = firstSentence(opening);
  const body = /Hội nghị lần thứ\s+(\d+)\s+(.+?)\s+khóa\s+([IVXLC]+)(?!\p{L})/u.exec(conference);
  if (!body) fail(openingAt + 1, 'câu mở đầu không ghi “Hội nghị lần thứ … khóa …”');

  // Closing: "Nơi nhận:" ends the body; its list, then the signature block.
  const recipientsAt = lines.findIndex((l) => /^Nơi nhận\s*:?$/iu.test(stripEmphasis(l.trim())));
  const closing = parseClosing(lines, recipientsAt, warnings);
  const bodyEnd = recipientsAt >= 0 ? recipientsAt : closing.signatureAt;

  const sections = splitSections(lines, openingEnd, bodyEnd, issues);
  issues.push(...missingSections(sections, lines, bodyEnd + 1));
  stop();

  const targets = buildTargets(sections.targetItems, sections.headings, fail);
  const { groups, located } = buildTaskGroups(sections.tasks, lines, issues);
  if (!groups.length) fail(sections.headings.get('III')!.line, 'mục III không có nhiệm vụ nào');
  const objectives = paragraphs(sections.objectives).join('\n\n');
  if (!objectives) fail(sections.headings.get('II.1')!.line, 'mục II.1 (mục tiêu) không có nội dung');
  const review = parseReview(sections.review, sections.headings.get('I')!, year, fail, warnings);
  stop();

  const header: ResolutionHeader = {
    title: normaliseCapsTitle(titleLines, lines.slice(titleEnd).join('\n')),
    titleRaw,
    year,
    issuingBody: body![2]!,
    term: body![3]!,
    conferenceNumber: Number(body![1]),
    conference,
    heldOn: parseViDate(conference),
    venue: /,\s*tại\s+(.+?)\.?$/u.exec(conference)?.[1] ?? null,
    signedFor: closing.signedFor,
    signerTitle: closing.signerTitle,
    signerName: closing.signerName,
  };
  if (!header.heldOn)
    warnings.push({ code: 'missing-date', message: 'Câu mở đầu không ghi ngày họp hợp lệ.', line: openingAt + 1 });
  warnings.push(...findFigureConflicts(targets, located));
  return { header, review, objectives, targets, taskGroups: groups, recipients: closing.recipients, warnings };
}

function nextBlank(lines: string[], from: number): number {
  const at = lines.findIndex((l, i) => i > from && !l.trim());
  return at < 0 ? lines.length : at;
}

function paragraphs(blocks: Block[]): string[] {
  return blocks.map((b) => b.parts.map((p) => p.text).join('\n'));
}

function buildTargets(
  items: ReturnType<typeof splitSections>['targetItems'],
  headings: ReturnType<typeof splitSections>['headings'],
  fail: (line: number, message: string) => void,
): ParsedTarget[] {
  const targets: ParsedTarget[] = [];
  for (const category of ['2.1', '2.2'] as const) {
    const inCategory = items.filter((i) => i.category === category);
    if (!inCategory.length) fail(headings.get(category)!.line, `mục ${category} không có chỉ tiêu nào`);
    inCategory.forEach((item, index) => {
      const parsed = parseTargetText(item.item);
      if ('error' in parsed) return fail(item.line, parsed.error);
      const ordinal = index + 1;
      targets.push({
        ...parsed,
        code: `${category}.${String(ordinal).padStart(2, '0')}`,
        category,
        ordinal,
        sourceLine: item.raw,
        sourceRef: `II.${category} dòng ${ordinal}`,
        line: item.line,
      });
    });
  }
  return targets;
}

function parseReview(
  blocks: Block[],
  heading: { line: number; text: string },
  year: number,
  fail: (line: number, message: string) => void,
  warnings: ImportWarning[],
): ResolutionReview {
  const texts = paragraphs(blocks);
  // The shortcomings start at the first later paragraph that names them ("tồn tại, hạn chế").
  const split = texts.findIndex((t, i) => i > 0 && /hạn chế|tồn tại|yếu kém/iu.test(t));
  if (split < 0) fail(heading.line, 'mục I cần một đoạn kết quả và một đoạn “tồn tại, hạn chế”');
  const all = texts.join('\n');
  const cited = /Nghị quyết số\s+([^\s,]+)\s*,\s*(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/u.exec(all);
  const total = /Trong số\s+(\d+)\s+chỉ tiêu/iu.exec(all);
  const met = /có\s+(\d+)\s+chỉ tiêu\s+đạt/iu.exec(all);
  const notMet = /(\d+)\s+chỉ tiêu\s+chưa đạt[^(.;]*\(([^)]+)\)/iu.exec(all);
  const review: ResolutionReview = {
    year: Number(/năm\s+(\d{4})/u.exec(heading.text)?.[1] ?? year - 1),
    summary: texts.slice(0, Math.max(split, 1)).join('\n\n'),
    shortcomings: split < 0 ? '' : texts.slice(split).join('\n\n'),
    resolutionNumber: cited?.[1] ?? null,
    resolutionDate: cited ? parseViDate(cited[2]!) : null,
    targetsTotal: total ? Number(total[1]) : null,
    targetsMet: met ? Number(met[1]) : null,
    targetsNotMetCount: notMet ? Number(notMet[1]) : null,
    targetsNotMet: notMet?.[2]?.trim() ?? null,
  };
  const { targetsTotal: t, targetsMet: m, targetsNotMetCount: n } = review;
  if (t !== null && m !== null && n !== null && t !== m + n) {
    warnings.push({
      code: 'review-count-mismatch',
      message: `Mục I: ${t} chỉ tiêu nhưng ${m} đạt và ${n} chưa đạt — tổng không khớp.`,
      line: heading.line,
    });
  }
  return review;
}

/** "Nơi nhận:" list, then "T/M …", the signer's title and name. */
function parseClosing(lines: string[], recipientsAt: number, warnings: ImportWarning[]) {
  const recipients: string[] = [];
  let i = recipientsAt + 1;
  if (recipientsAt >= 0) {
    for (; i < lines.length; i++) {
      const item = listItemText(lines[i]!);
      if (item !== null) recipients.push(item);
      else if (lines[i]!.trim()) break;
    }
  }
  const isSignedFor = (l: string) => /^(T\/M|TM\.|K\/T|KT\.)\s*\S/u.test(l.trim());
  const found = lines.findIndex((l, at) => at >= Math.max(i, 0) && isSignedFor(l));
  const signatureAt = recipientsAt >= 0 ? i : found >= 0 ? found : lines.length;
  const block = lines
    .slice(signatureAt)
    .map((l) => stripEmphasis(l.trim()))
    .filter(Boolean);
  const signedFor = block[0] && isSignedFor(block[0]) ? block.shift()! : null;
  const signerName = block.length ? block.pop()! : null;
  const signerTitle = block.length ? block[0]! : null;
  if (!recipients.length)
    warnings.push({ code: 'missing-recipients', message: 'Không tìm thấy danh sách “Nơi nhận”.' });
  if (!signerName) warnings.push({ code: 'missing-signature', message: 'Không tìm thấy người ký nghị quyết.' });
  return { recipients, signatureAt, signedFor, signerTitle, signerName };
}
