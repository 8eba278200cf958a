// Reads the structure of an annual resolution of the ward Party Committee from its text (light
// markdown as `db/seed/resolutions/2023.txt`, or the plain text of a Word document): header,
// review of the year before, objectives, the target lines of II.2 (as written, not yet read), the
// task paragraphs of III and the closing. What it cannot place it reports (ResolutionParseError)
// instead of guessing. Two readers build on it: `parseResolution` (the seed, strict about target
// lines) and `parseResolutionText` (the import draft, which flags a line it cannot read).
//
// Prose fields (summary, objectives, task text) keep the document's words, punctuation and
// “quotes” exactly; only markdown markup is removed (`**`, `*` emphasis, `#`), because the app
// shows plain text.
import { ResolutionParseError, type ParseIssue } from './errors';
import { missingSections, splitSections, type Block, type TargetItem } from './sections';
import { buildTaskGroups, type ParsedTaskGroup, type TaskWithLines } from './tasks';
import { firstSentence, listItemText, normaliseCapsTitle, parseViDate, quoteLine, stripEmphasis } from './text';
import type { ImportWarning } from './warning';

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
  /** ISO date "2022-12-27". */
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
  /** The previous resolution it reviews: "22-NQ/ĐU", and its date "2021-12-20". */
  resolutionNumber: string | null;
  resolutionDate: string | null;
  /** "Trong số 19 chỉ tiêu …" */
  targetsTotal: number | null;
  /** "… có 18 chỉ tiêu đạt và vượt" */
  targetsMet: number | null;
  /** "01 chỉ tiêu chưa đạt …" */
  targetsNotMetCount: number | null;
  /** The parenthesis naming them, as written. */
  targetsNotMet: string | null;
};

/** Lines (1-based) where the parts of the document start, for showing each beside its source. */
export type StructureLines = {
  title: number;
  conference: number;
  review: number;
  summary: number | null;
  shortcomings: number | null;
  objectives: number | null;
  targets21: number;
  targets22: number;
  tasks: number;
  recipients: number | null;
  signature: number | null;
};

export type ResolutionStructure = {
  header: ResolutionHeader;
  /** "Số 25-NQ/ĐU" when the text carries the document's own number above the title. */
  number: string | null;
  review: ResolutionReview;
  objectives: string;
  targetItems: TargetItem[];
  taskGroups: ParsedTaskGroup[];
  /** The same tasks, able to say on which line any character of their text stands. */
  located: TaskWithLines[];
  recipients: string[];
  warnings: ImportWarning[];
  lines: StructureLines;
};

// Far beyond any resolution (2023: a 3-line title of 80 characters, 19 targets): past these the
// text is something else, and reading it further would only cost time.
const maxTitleLength = 400;
const maxTargets = 200;

/** Normalises the text the way every reader sees it: no BOM, NFC, one line per array item. */
export function toLines(input: string): string[] {
  // NFC so that phrase rules match however the file was typed; a BOM is not part of the text.
  return input
    .replace(/^\uFEFF/u, '')
    .normalize('NFC')
    .split(/\r?\n|\r/u);
}

/** A line without its markdown marks, even an emphasis opened on one line and closed on the next. */
const plain = (line: string) =>
  stripEmphasis(line.trim())
    .replace(/^[#*\s]+/u, '')
    .replace(/[*\s]+$/u, '');

export function readStructure(input: string): ResolutionStructure {
  const lines = toLines(input);
  const issues: ParseIssue[] = [];
  const warnings: ImportWarning[] = [];
  const fail = (line: number, message: string) =>
    issues.push({ line, message: `Dòng ${line}: ${message}: ${quoteLine(lines[line - 1] ?? '')}` });
  const stop = (code?: 'not-resolution') => {
    if (issues.length) throw new ResolutionParseError(issues, code);
  };

  // Title: from the line that opens "NGHỊ QUYẾT" (a Word file may carry the letterhead above it)
  // to the opening sentence "Hội nghị …"; otherwise the first paragraph.
  const firstText = lines.findIndex((l) => l.trim());
  if (firstText < 0) throw new ResolutionParseError([{ line: 1, message: 'Dòng 1: văn bản trống' }], 'not-resolution');
  const named = lines.findIndex((l, i) => i < firstText + 40 && /^nghị quyết(?!\s+số)/iu.test(plain(l)));
  const titleAt = named >= 0 ? named : firstText;
  const openingAt0 = lines.findIndex((l, i) => i > titleAt && /^Hội nghị/u.test(plain(l)));
  const titleEnd = openingAt0 >= 0 && openingAt0 - titleAt <= 8 ? openingAt0 : nextBlank(lines, titleAt);
  const titleLines = stripEmphasis(
    lines
      .slice(titleAt, titleEnd)
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n'),
  )
    .replace(/^#+\s*/u, '')
    .split('\n')
    .map((l) => l.trim());
  const titleRaw = titleLines.join('\n');
  if (titleRaw.length > maxTitleLength) fail(titleAt + 1, `tiêu đề dài hơn ${maxTitleLength} ký tự`);
  const year = Number(/năm\s+(\d{4})/u.exec(titleRaw)?.[1] ?? NaN);
  if (!/nghị quyết/iu.test(titleRaw)) fail(titleAt + 1, 'không tìm thấy tiêu đề “Nghị quyết …”');
  else if (!year) fail(titleAt + 1, 'tiêu đề không ghi “năm …” của nghị quyết');
  stop('not-resolution');
  const number = lines
    .slice(firstText, titleAt)
    .map((l) => /^Số\s*:?\s*(\d+[-–]\s*NQ\/[\p{L}]+)/u.exec(plain(l))?.[1]?.replace(/\s+/gu, '') ?? null)
    .find(Boolean);

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
  // Not one of the sections I–III: the text is something else that happens to say "nghị quyết".
  stop(sections.headings.size === 0 ? 'not-resolution' : undefined);

  if (sections.targetItems.length > maxTargets) {
    fail(sections.targetItems[maxTargets]!.line, `mục II.2 có hơn ${maxTargets} dòng chỉ tiêu`);
  }
  stop();
  const heading = (id: Parameters<typeof sections.headings.get>[0]) => sections.headings.get(id)!;
  for (const category of ['2.1', '2.2'] as const) {
    if (!sections.targetItems.some((i) => i.category === category)) {
      fail(heading(category).line, `mục ${category} không có chỉ tiêu nào`);
    }
  }
  const { groups, located } = buildTaskGroups(sections.tasks, lines, issues);
  if (!groups.length) fail(heading('III').line, 'mục III không có nhiệm vụ nào');
  const objectives = paragraphs(sections.objectives).join('\n\n');
  if (!objectives) fail(heading('II.1').line, 'mục II.1 (mục tiêu) không có nội dung');
  const review = parseReview(sections.review, heading('I'), year, fail, warnings);
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
  return {
    header,
    number: number ?? null,
    review: review.review,
    objectives,
    targetItems: sections.targetItems,
    taskGroups: groups,
    located,
    recipients: closing.recipients,
    warnings,
    lines: {
      title: titleAt + 1,
      conference: openingAt + 1,
      review: heading('I').line,
      summary: review.summaryLine,
      shortcomings: review.shortcomingsLine,
      objectives: sections.objectives[0]?.line ?? null,
      targets21: heading('2.1').line,
      targets22: heading('2.2').line,
      tasks: heading('III').line,
      recipients: recipientsAt >= 0 ? recipientsAt + 1 : null,
      signature: closing.signatureAt < lines.length ? closing.signatureAt + 1 : null,
    },
  };
}

function nextBlank(lines: string[], from: number): number {
  const at = lines.findIndex((l, i) => i > from && !l.trim());
  return at < 0 ? lines.length : at;
}

function paragraphs(blocks: Block[]): string[] {
  return blocks.map((b) => b.parts.map((p) => p.text).join('\n'));
}

function parseReview(
  blocks: Block[],
  heading: { line: number; text: string },
  year: number,
  fail: (line: number, message: string) => void,
  warnings: ImportWarning[],
): { review: ResolutionReview; summaryLine: number | null; shortcomingsLine: number | null } {
  const texts = paragraphs(blocks);
  // The shortcomings start at the first later paragraph that names them ("tồn tại, hạn chế").
  const split = texts.findIndex((t, i) => i > 0 && /hạn chế|tồn tại|yếu kém/iu.test(t));
  if (split < 0) fail(heading.line, 'mục I cần một đoạn kết quả và một đoạn “tồn tại, hạn chế”');
  const all = texts.join('\n');
  const cited =
    /Nghị quyết số\s+([^\s,]+)\s*,?\s*(ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}))/u.exec(
      all,
    );
  // "Trong số 19 chỉ tiêu …, có 18 chỉ tiêu đạt và vượt", "có 17/19 chỉ tiêu đạt", "đạt và vượt 17/19 chỉ tiêu".
  const fraction =
    /có\s+(\d+)\s*\/\s*(\d+)\s+chỉ tiêu\s+đạt/iu.exec(all) ??
    /(?<!chưa\s|không\s)đạt(?:\s+và\s+vượt)?\s+(\d+)\s*\/\s*(\d+)\s+chỉ tiêu/iu.exec(all);
  const total = /Trong số\s+(\d+)\s+chỉ tiêu/iu.exec(all) ?? (fraction ? [fraction[0], fraction[2]] : null);
  const met = /có\s+(\d+)\s+chỉ tiêu\s+đạt/iu.exec(all) ?? fraction;
  const notMet = /(\d+)\s+chỉ tiêu\s+(?:chưa|không)\s+đạt[^(.;]*\(([^)]+)\)/iu.exec(all);
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
  return {
    review,
    summaryLine: blocks[0]?.line ?? null,
    shortcomingsLine: split < 0 ? null : blocks[split]!.line,
  };
}

/** "Nơi nhận:" list, then "T/M …", the signer's title and name. */
function parseClosing(lines: string[], recipientsAt: number, warnings: ImportWarning[]) {
  const recipients: string[] = [];
  const isSignedFor = (l: string) => /^(T\/M|TM\.|K\/T|KT\.)\s*\S/u.test(l.trim());
  // A Word bullet list loses its dashes: when "T/M …" follows, every line up to it is a recipient.
  const signedForAt = lines.findIndex((l, at) => at > recipientsAt && isSignedFor(l));
  let i = recipientsAt + 1;
  if (recipientsAt >= 0) {
    for (; i < lines.length; i++) {
      if (i === signedForAt) break;
      const item = listItemText(lines[i]!) ?? (signedForAt >= 0 && lines[i]!.trim() ? lines[i]!.trim() : null);
      if (item !== null) recipients.push(item);
      else if (lines[i]!.trim()) break;
    }
  }
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
