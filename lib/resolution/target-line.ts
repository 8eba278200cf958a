// Reads one target statement as wards and communes write them, beyond the 2023 resolution's
// "name: value unit": ranges ("tăng bình quân 10-12%/năm", "từ 8 đến 10"), per mille ("‰", typed
// "%o"), counts and money with units, change against the year before ("tăng 8% so với năm
// trước"), zero targets ("không còn hộ nghèo"), qualitative ones, a second figure, bound words,
// thousands dots, decimal points or commas, leading zeros.
//
// Numbers that belong to the name are not figures: ages ("dưới 5 tuổi"), ordinals ("con thứ 3
// trở lên"), years and year spans ("giai đoạn 2021-2025"), document numbers ("Nghị quyết số 03").
// What it reads but is not sure of, it says in a warning on the reading; it never picks silently.
import type { TargetDirection } from '../domain';
import type { DirectionSource, DraftWarningCode, TargetReading, TargetReadingError } from './draft';
import { numberPattern, readNumber } from './numbers';
import { ceilingPhrases, floorPhrases, knownUnits } from './targets';
import { stripEmphasis } from './text';

/** Units beyond the seed's list that other resolutions count in. Longer names first. */
const units = [
  ...new Set([
    ...knownUnits,
    '‰',
    'tỉ đồng',
    'ngàn đồng',
    'USD',
    'thanh niên',
    'tân binh',
    'gia đình',
    'hộ gia đình',
    'khu dân cư',
    'thôn',
    'giường bệnh',
    'bác sĩ',
    'tiêu chí',
    'chi hội',
    'tổ chức cơ sở đảng',
    'tổ chức',
    'đơn vị',
    'hợp tác xã',
    'tổ hợp tác',
    'việc làm',
    'lượt người',
    'hồ sơ',
    'trẻ',
    'lần',
    'đợt',
    'buổi',
    'cây',
    'căn nhà',
    'căn',
    'ngôi nhà',
    'nhà',
    'điểm',
    'phòng học',
    'phòng',
    'mét',
    'm',
  ]),
].sort((a, b) => b.length - a.length);

/** Measures that may be fractional; any other unit counts things, and a fraction of one is suspect. */
const measureUnits = new Set(['%', '‰', 'ha', 'm²', 'm2', 'km', 'km²', 'tấn', 'tạ', 'kg', 'm', 'mét']);
const timeWords = ['năm', 'quý', 'tháng', 'tuần', 'ngày'];

/** Lower is better for these beyond the seed's list (checked after the floor phrases). */
const moreCeilings = [
  'sinh con thứ 3',
  'thấp còi',
  'nhẹ cân',
  'cháy',
  'ma túy',
  'ma tuý',
  'khiếu kiện',
  'vi phạm',
  'nợ đọng',
  'nợ xấu',
];

// Words written right before a figure. Matched at the end of the text before it, longest first.
const leadWords = [
  'không vượt quá',
  'không quá',
  'tối thiểu',
  'ít nhất',
  'tối đa',
  'phấn đấu',
  'bình quân',
  'mức',
  'xuống',
  'còn',
  'lên',
  'tăng',
  'thêm',
  'giảm',
  'đạt',
  'từ',
  'trên',
  'dưới',
  'bằng',
  'đúng',
  'khoảng',
  'là',
  'có',
  '>=',
  '<=',
  '≥',
  '≤',
  '>',
  '<',
];
// "lên" of "trở lên" closes a name ("con thứ 3 trở lên"), it does not lead to the figure.
const leadAtEnd = new RegExp(
  `(?:^|(?<=[\\s(,;]))(${leadWords.map((w) => (w === 'lên' ? '(?<!trở\\s)lên' : escape(w))).join('|')})\\s*$`,
  'iu',
);

/** Words before a number that make it part of the name: "con thứ 3", "Nghị quyết số 03", "lớp 9". */
const nameNumberBefore =
  /(?:^|[\s(/])(?:thứ|số|lớp|loại|cấp|khóa|hạng|nhóm|khu phố|tổ|thôn|ấp|xóm|khoản|điều|mục|chỉ thị|nghị quyết|nghị định|quyết định|kết luận|thông tư|quy định|hướng dẫn|kỳ|lần)\s*$/iu;
const yearBefore = /(?:^|\s)(?:năm|giai đoạn|nhiệm kỳ|niên khóa|niên học)\s*$/iu;
const zeroPhrase =
  /(không còn|không có|không để (?:xảy ra|phát sinh)|không phát sinh|không xảy ra|xóa hết|xoá hết|xóa bỏ hoàn toàn)/iu;
const quantityName =
  /^(tỷ lệ|tỉ lệ|số|tổng|thu nhập|diện tích|sản lượng|giá trị|thu ngân sách|mức|năng suất)(?!\p{L})/iu;

type Warning = { code: DraftWarningCode; message: string };

/** How far back from a number the words that qualify it are looked for. */
const window = 60;

type Figure = {
  /** Where the words that lead to it start (the name ends there). */
  leadStart: number;
  start: number;
  end: number;
  written: string;
  value: number;
  high: number | null;
  unit: string | null;
  period: string | null;
  lead: string[];
  tail: 'trở lên' | 'trở xuống' | null;
  unsure: string[];
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The known unit at the start of `text` (after spaces), whole words only. */
function unitAt(text: string): { unit: string; length: number } | null {
  const spaces = /^\s*/u.exec(text)![0].length;
  // A unit is a few words: look no further, whatever follows.
  const rest = text.slice(spaces, spaces + 40);
  const lower = rest.toLocaleLowerCase('vi');
  const unit = units.find(
    (u) => lower.startsWith(u.toLocaleLowerCase('vi')) && !/^[\p{L}\p{N}²]/u.test(rest.slice(u.length)),
  );
  return unit ? { unit: rest.slice(0, unit.length), length: spaces + unit.length } : null;
}

/** Unknown unit words right after a figure: up to three words before a structural word or mark. */
function unknownUnitAt(text: string): { unit: string; length: number } | null {
  const m =
    /^\s*((?:(?!(?:trở|so|theo|trên|dưới|trong|của|tại|đến|tới|vào|mỗi|hằng|hàng|bình|với|và|hoặc|trong đó)(?!\p{L}))[\p{L}]+\s*){1,3})/iu.exec(
      text,
    );
  if (!m) return null;
  const unit = m[1]!.trim();
  return { unit, length: m[0].trimEnd().length };
}

/** A number at `index` of `scope` that belongs to the name, or null when it may be a figure. */
function nameNumber(scope: string, index: number, written: string): string | null {
  const before = scope.slice(Math.max(0, index - window), index);
  const after = scope.slice(index + written.length);
  if (nameNumberBefore.test(before)) return 'name';
  if (/^\s*(?:tháng\s+)?tuổi(?!\p{L})/iu.test(after)) return 'age';
  if (/^(?:19|20)\d{2}$/u.test(written)) {
    const span = /^\s*[-–—]\s*(?:19|20)\d{2}(?!\d)/u.test(after) || /(?:19|20)\d{2}\s*[-–—]\s*$/u.test(before);
    if (span || yearBefore.test(before)) return 'year';
    if (!unitAt(after) && !leadAtEnd.test(before) && before.trim()) return 'year';
  }
  return null;
}

const numberRe = new RegExp(`(?<![\\p{L}\\p{N}.,])(?<![\\p{L}][-–])(${numberPattern})(?![\\p{L}\\p{N}])`, 'gu');

function figuresIn(scope: string): { figures: Figure[]; unsure: string[] } {
  const figures: Figure[] = [];
  const unsure: string[] = [];
  let skipUntil = 0;
  for (const m of scope.matchAll(numberRe)) {
    if (m.index < skipUntil) continue;
    if (nameNumber(scope, m.index, m[1]!)) continue;
    const figure = readFigure(scope, m.index, m[1]!);
    if (!figure) {
      unsure.push(`không đọc được số “${m[1]}”`);
      continue;
    }
    figures.push(figure);
    skipUntil = figure.end;
  }
  return { figures, unsure };
}

function readFigure(scope: string, start: number, written: string): Figure | null {
  const first = readNumber(written);
  if (!first) return null;
  const unsure = first.unsure ? [first.unsure] : [];
  let pos = start + written.length;
  let high: number | null = null;
  let unit: string | null = null;
  let period: string | null = null;
  const rangeRe = new RegExp(`^\\s*(?:[-–—]|đến|tới)\\s*(${numberPattern})(?![\\p{L}\\p{N}])`, 'iu');
  const tryRange = () => {
    const r = rangeRe.exec(scope.slice(pos));
    if (!r || (/^(?:19|20)\d{2}$/u.test(written) && /^(?:19|20)\d{2}$/u.test(r[1]!))) return false;
    const second = readNumber(r[1]!);
    if (!second) return false;
    if (second.unsure) unsure.push(second.unsure);
    high = second.value;
    pos += r[0].length;
    return true;
  };
  tryRange();
  const u = unitAt(scope.slice(pos));
  if (u) {
    unit = u.unit;
    pos += u.length;
  }
  if (high === null && tryRange()) {
    const again = unitAt(scope.slice(pos));
    if (again && again.unit === unit) pos += again.length;
  }
  // "triệu đồng/người/năm", "%/năm": a ratio of units, the last time word is the period.
  for (;;) {
    const slash = /^\s*\/\s*/u.exec(scope.slice(pos));
    if (!slash || !unit) break;
    const next = scope.slice(pos + slash[0].length);
    const time = timeWords.find((w) => new RegExp(`^${w}(?!\\p{L})`, 'iu').test(next));
    if (time) {
      period = next.slice(0, time.length);
      pos += slash[0].length + time.length;
      break;
    }
    const per = unitAt(next);
    if (!per) break;
    unit += `/${per.unit}`;
    pos += slash[0].length + per.length;
  }
  if (!unit) {
    const unknown = unknownUnitAt(scope.slice(pos));
    if (unknown) {
      unit = unknown.unit;
      pos += unknown.length;
      unsure.push(`đơn vị “${unknown.unit}” chưa có trong danh sách đơn vị đã biết`);
    }
  }
  const tailMatch = /^\s*(trở lên|trở xuống)(?!\p{L})/iu.exec(scope.slice(pos));
  const tail = tailMatch ? (tailMatch[1]!.toLocaleLowerCase('vi') as Figure['tail']) : null;
  if (tailMatch) pos += tailMatch[0].length;
  const per = /^\s*(?:\/\s*(năm|quý|tháng)|(?:mỗi|hằng|hàng)\s+(năm|quý|tháng))(?!\p{L})/iu.exec(scope.slice(pos));
  if (per && !period) {
    period = per[1] ?? per[2]!;
    pos += per[0].length;
  }
  // Words leading to the figure: "giảm xuống còn", "đạt tối thiểu", "từ".
  let leadStart = start;
  const lead: string[] = [];
  for (;;) {
    const from = Math.max(0, leadStart - window);
    const m = leadAtEnd.exec(scope.slice(from, leadStart));
    // A word cut by the window's edge is not a lead word.
    if (!m || (m.index === 0 && from > 0 && !/[\s(,;]/u.test(scope[from - 1]!))) break;
    lead.unshift(m[1]!.toLocaleLowerCase('vi'));
    leadStart = from + m.index;
  }
  return { leadStart, start, end: pos, written, value: first.value, high, unit, period, lead, tail, unsure };
}

export const maxTargetLineLength = 500;

const strongLead = ['đạt', 'tăng', 'giảm', 'còn', 'xuống', 'lên'];

export function readTargetLine(line: string): TargetReading | TargetReadingError {
  const text = line;
  const body = stripEmphasis(line.normalize('NFC').trim())
    .replace(/^[-–•+](?:\s+|$)/u, '')
    .replace(/[.;,]+$/u, '')
    .replace(/%o(?!\p{L})/gu, '‰')
    .trim();
  if (!body) return { text, error: 'dòng trống' };
  // A target is a line, not a page: a longer one is refused before any reading (and its cost).
  if (body.length > maxTargetLineLength) {
    return { text, error: `dòng dài hơn ${maxTargetLineLength} ký tự, không phải một chỉ tiêu` };
  }
  if (!/\p{L}/u.test(body.replace(/‰/gu, ''))) return { text, error: 'dòng không có tên chỉ tiêu, chỉ có số' };

  const colon = /(?<!\d):(?!\d)/u.exec(body);
  const named = colon && body.slice(0, colon.index).trim() ? body.slice(0, colon.index).trim() : null;
  const scope = named !== null ? body.slice(colon!.index + 1).trim() : body;
  const warnings: Warning[] = [];
  const { figures, unsure } = figuresIn(scope);
  for (const message of unsure) warnings.push({ code: 'number-format', message });

  if (!figures.length) return withoutFigure(text, body, named, scope, warnings);

  // In "name: …" the first figure is the target. Without a colon, the first one a verb leads to
  // ("… đạt 120 hộ"); numbers before it are the name's, and said so.
  const chosen =
    named !== null ? figures[0]! : (figures.find((f) => f.lead.some((w) => strongLead.includes(w))) ?? figures[0]!);
  // "giảm từ 2,5% xuống còn 1,5%", "nâng … từ 90% lên 95%": the figure to reach is the second;
  // the first is its base, kept as the extra.
  const fromTo = (base: Figure | undefined, to: Figure | undefined): boolean =>
    base !== undefined &&
    to !== undefined &&
    base.lead.includes('từ') &&
    to.lead.some((w) => w === 'xuống' || w === 'còn' || w === 'lên') &&
    !scope.slice(base.end, to.leadStart).trim();
  const at = figures.indexOf(chosen);
  const base = fromTo(chosen, figures[at + 1]) ? chosen : fromTo(figures[at - 1], chosen) ? figures[at - 1]! : null;
  const main = base === chosen ? figures[at + 1]! : chosen;
  const first = base ?? main;
  let name = named ?? trimName(scope.slice(0, first.leadStart));
  if (named === null) {
    for (const f of figures.filter((f) => f.end <= first.leadStart)) {
      warnings.push({
        code: 'figure-in-name',
        message: `Số “${scope.slice(f.start, f.end).trim()}” đứng trước chỉ tiêu được coi là một phần của tên — cần kiểm tra.`,
      });
    }
  }
  for (const message of main.unsure) {
    warnings.push({ code: message.startsWith('đơn vị') ? 'unknown-unit' : 'number-format', message });
  }

  // After the figure: a second figure (in brackets or not) is `extra`; other words are the qualifier.
  let rest = scope.slice(main.end).trim();
  const baseText = base ? scope.slice(base.leadStart, base.end) : '';
  let extra: string | null = base ? baseText.slice(baseText.toLocaleLowerCase('vi').lastIndexOf('từ')).trim() : null;
  let extraValue: number | null = base ? base.value : null;
  let extraUnit: string | null = base ? base.unit : null;
  const paren = /^\(\s*([^()]*?)\s*\)\s*(.*)$/su.exec(rest);
  const later = figuresIn(paren ? paren[1]! : rest).figures[0];
  if (later && !base) {
    extra = paren ? paren[1]! : rest.replace(/^[,;:\s]+/u, '');
    extraValue = later.value;
    extraUnit = later.unit && later.period ? `${later.unit}/${later.period}` : later.unit;
    rest = paren ? paren[2]!.trim() : '';
  }
  let period = main.period;
  const span = /(?:^|\s)(giai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})(?!\d)/iu.exec(rest);
  if (span && !period) period = span[1]!;
  let qualifier: string | null = rest.replace(/^[,;:\s]+/u, '').trim() || null;
  if (!name) {
    // The figure comes first: "100% chi bộ hoàn thành tốt nhiệm vụ".
    name = qualifier ?? '';
    qualifier = null;
  }
  if (!name) return { text, error: 'dòng không có tên chỉ tiêu, chỉ có số' };

  const { direction, source } = decideDirection(main, name, named === null, warnings);
  if (main.unit === null) {
    warnings.push({ code: 'missing-unit', message: 'Chỉ tiêu có số nhưng không ghi đơn vị — cần bổ sung.' });
  }
  checkNumberSense(main, warnings);
  return {
    text,
    name,
    targetValue: main.value,
    targetHigh: direction === 'range' ? main.high : null,
    unit: main.unit,
    direction,
    directionSource: source,
    period,
    qualifier,
    extra,
    extraValue,
    extraUnit,
    warnings,
  };
}

/** No figure on the line: a zero target ("không còn hộ nghèo") or a qualitative one. */
function withoutFigure(
  text: string,
  body: string,
  named: string | null,
  scope: string,
  warnings: Warning[],
): TargetReading {
  const zero = zeroPhrase.exec(scope);
  const base = {
    text,
    name: named ?? body,
    targetHigh: null,
    period: null,
    qualifier: named !== null ? scope || null : null,
    extra: null,
    extraValue: null,
    extraUnit: null,
    warnings,
  };
  if (zero) {
    const unit = unitAt(scope.slice(zero.index + zero[0].length))?.unit ?? null;
    return { ...base, targetValue: 0, unit, direction: 'zero', directionSource: 'stated' };
  }
  const name = named ?? body;
  if (quantityName.test(name) || /(?:^|\s)(?:tăng(?! trưởng)|giảm)(?!\p{L})/iu.test(scope)) {
    warnings.push({
      code: 'no-figure',
      message: 'Chỉ tiêu nêu một đại lượng nhưng không có con số: tạm coi là chỉ tiêu định tính — cần kiểm tra.',
    });
  }
  return { ...base, targetValue: null, unit: null, direction: 'qualitative', directionSource: 'stated' };
}

/** The name without the words that only lead to the figure. */
function trimName(text: string): string {
  return text
    .trim()
    .replace(/(?:\s+(?:phấn đấu|là))+$/iu, '')
    .replace(/[,;:\s]+$/u, '')
    .trim();
}

function decideDirection(
  f: Figure,
  name: string,
  nameMayLead: boolean,
  warnings: Warning[],
): { direction: TargetDirection; source: DirectionSource } {
  const has = (w: string) => f.lead.includes(w);
  if (f.high !== null) return { direction: 'range', source: 'stated' };
  if (f.value === 0) return { direction: 'zero', source: 'stated' };
  const down = has('còn') || has('xuống');
  if (has('giảm') && !down) return { direction: 'decrease', source: 'stated' };
  if (has('tăng') && !has('lên')) return { direction: 'increase', source: 'stated' };
  const max =
    down || ['không quá', 'không vượt quá', 'tối đa', 'dưới', '≤', '<=', '<'].some(has) || f.tail === 'trở xuống';
  const min = ['tối thiểu', 'ít nhất', 'trên', '≥', '>=', '>', 'lên', 'từ'].some(has) || f.tail === 'trở lên';
  if (max && min) {
    warnings.push({
      code: 'direction-conflict',
      message: 'Dòng vừa có từ chỉ mức trần vừa có từ chỉ mức sàn — hướng chỉ tiêu cần được xác định.',
    });
  }
  if (max) return { direction: 'max', source: 'stated' };
  if (min) return { direction: 'min', source: 'stated' };
  if (has('bằng') || has('đúng')) return { direction: 'exact', source: 'stated' };
  const lower = name.toLocaleLowerCase('vi');
  if (nameMayLead && /^giảm(?!\p{L})/iu.test(lower)) return { direction: 'decrease', source: 'stated' };
  if (nameMayLead && /^(?:tăng(?! trưởng)|nâng)(?!\p{L})/iu.test(lower)) {
    return { direction: 'increase', source: 'stated' };
  }
  const floor = floorPhrases.some((p) => lower.includes(p));
  const ceiling = !floor && [...ceilingPhrases, ...moreCeilings].some((p) => lower.includes(p));
  if (ceiling) {
    warnings.push({
      code: 'direction-guessed',
      message: has('đạt')
        ? 'Dòng ghi “đạt” nhưng tên chỉ tiêu thuộc loại càng thấp càng tốt: tạm hiểu là mức trần (không vượt quá) — cần xác nhận.'
        : 'Dòng không ghi hướng; theo tên chỉ tiêu (càng thấp càng tốt) tạm hiểu là mức trần (không vượt quá) — cần xác nhận.',
    });
    return { direction: 'max', source: 'rule' };
  }
  if (has('đạt')) return { direction: 'min', source: 'stated' };
  warnings.push({
    code: 'direction-guessed',
    message: floor
      ? 'Dòng không ghi hướng; theo tên chỉ tiêu tạm hiểu là mức sàn (đạt ít nhất) — cần xác nhận.'
      : 'Dòng không ghi hướng; tạm hiểu là mức sàn (đạt ít nhất) như phần lớn chỉ tiêu — cần xác nhận.',
  });
  return { direction: 'min', source: floor ? 'rule' : 'default' };
}

function checkNumberSense(f: Figure, warnings: Warning[]): void {
  const rate = f.unit === '%' || f.unit === '‰';
  if (rate && /^\d{1,3}(?:\.\d{3})+$/u.test(f.written)) {
    warnings.push({
      code: 'number-format',
      message: `“${f.written}${f.unit}” đọc là ${f.value}${f.unit} (dấu chấm ngăn nghìn); nếu là số thập phân hãy sửa lại.`,
    });
  }
  const counted = f.unit !== null && !measureUnits.has(f.unit) && !/đồng|USD/u.test(f.unit);
  if (counted && !Number.isInteger(f.value)) {
    warnings.push({
      code: 'number-format',
      message: `“${f.written} ${f.unit}” là số lẻ cho một đơn vị đếm; nếu dấu phẩy/chấm là dấu ngăn nghìn hãy sửa lại.`,
    });
  }
}
