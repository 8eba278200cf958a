// Reads one target line of section II.2: "name: value unit [(extra)] [qualifier]" or
// "name đạt value unit [qualifier]". No row is typed by hand; every field comes from the line.
import { parseViNumber, viNumberPattern } from './text';

export type TargetCategory = '2.1' | '2.2';
export type Direction = 'min' | 'max';

export type ParsedTargetLine = {
  name: string;
  targetValue: number;
  unit: string;
  direction: Direction;
  qualifier: string | null;
  extra: string | null;
  extraValue: number | null;
  extraUnit: string | null;
  minValue: number | null;
  maxValue: number | null;
};

/**
 * Units a target may be counted in. A unit outside this list is an error, not a guess:
 * add it here when a new resolution uses it. Longer names first so "tỷ đồng" wins over "đồng".
 */
export const knownUnits = [
  '%',
  'ha',
  'm²',
  'm2',
  'km',
  'km²',
  'người',
  'hộ',
  'lao động',
  'học sinh',
  'đảng viên',
  'hội viên',
  'đoàn viên',
  'chi bộ',
  'tổ',
  'tổ dân phố',
  'trường',
  'lớp',
  'cơ sở',
  'doanh nghiệp',
  'công trình',
  'mô hình',
  'sản phẩm',
  'dự án',
  'lượt',
  'cuộc',
  'vụ',
  'tỷ đồng',
  'triệu đồng',
  'nghìn đồng',
  'đồng',
  'con',
  'tấn',
  'tạ',
  'kg',
].sort((a, b) => b.length - a.length);

/** "5 người/năm": a known unit per a span of time. Longer first. */
const perTime = ['năm', 'quý', 'tháng', 'tuần', 'ngày'];

/**
 * Lower is better for these (direction "max", a ceiling). Matched on the lower-cased name.
 * Checked after `floorPhrases`, which name look-alikes that are still floors.
 */
export const ceilingPhrases = [
  'tăng dân số tự nhiên', // natural population growth: the resolution caps it
  'hộ nghèo', // poor households: to be reduced
  'hộ cận nghèo', // near-poor households: to be reduced
  'suy dinh dưỡng', // child malnutrition
  'tai nạn', // traffic and labour accidents
  'tội phạm', // crime
  'tỷ lệ thất nghiệp', // unemployment rate (not unemployment insurance, see below)
  'bỏ học', // school drop-out
  'sinh con thứ ba', // third births
  'tử vong', // mortality
  'ô nhiễm', // pollution
];

/** Phrases that look like a ceiling but are floors: they win over `ceilingPhrases`. */
export const floorPhrases = [
  'bảo hiểm thất nghiệp', // coverage of unemployment insurance: more is better
  'giảm nghèo', // the poverty-reduction rate: more is better
  'giảm hộ nghèo',
  'thoát nghèo',
];

/** Words written before the figure that state the direction outright. */
const boundWords: { words: string; direction: Direction }[] = [
  { words: 'không quá', direction: 'max' },
  { words: 'tối đa', direction: 'max' },
  { words: 'dưới', direction: 'max' },
  { words: 'tối thiểu', direction: 'min' },
  { words: 'ít nhất', direction: 'min' },
  { words: 'trên', direction: 'min' },
];

export function directionByRule(name: string): Direction {
  const lower = name.toLocaleLowerCase('vi');
  if (floorPhrases.some((p) => lower.includes(p))) return 'min';
  return ceilingPhrases.some((p) => lower.includes(p)) ? 'max' : 'min';
}

const bound = boundWords.map((b) => b.words).join('|');
const num = `(${viNumberPattern})`;
// "name: [bound] value rest" — the last colon that is followed by a figure.
const colonForm = new RegExp(`^(.*\\S)\\s*:\\s*(?:(${bound})\\s+)?${num}(?![\\d,.]*\\d)\\s*(.*)$`, 'u');
// "name đạt [bound] value rest" — the first "đạt" that is followed by a figure.
const reachForm = new RegExp(`^(.*?\\S)\\s+đạt\\s+(?:(${bound})\\s+)?${num}(?![\\d,.]*\\d)\\s*(.*)$`, 'u');

/** Parses the text of a target list item; returns an error message (Vietnamese) or the fields. */
export function parseTargetText(item: string): ParsedTargetLine | { error: string } {
  const body = item.trim().replace(/\.$/u, '');
  const m = colonForm.exec(body) ?? reachForm.exec(body);
  if (!m) {
    return {
      error: /\d/u.test(body)
        ? 'không đọc được giá trị chỉ tiêu (cần dạng “tên: giá trị đơn vị” hoặc “tên đạt giá trị đơn vị”)'
        : 'chỉ tiêu không có giá trị',
    };
  }
  const [, name, boundWord, written, rest] = m as unknown as [string, string, string | undefined, string, string];
  const unitMatch = takeUnit(rest);
  if (!unitMatch) {
    return {
      error: rest.trim()
        ? `đơn vị không nằm trong danh sách đơn vị đã biết: “${rest.trim().split(/\s+/u)[0]}”`
        : 'chỉ tiêu thiếu đơn vị',
    };
  }
  let after = unitMatch.rest.trim();
  let extra: string | null = null;
  let extraValue: number | null = null;
  let extraUnit: string | null = null;
  const paren = /^\(\s*([^()]*?)\s*\)\s*(.*)$/u.exec(after);
  if (paren && /^\d/u.test(paren[1]!)) {
    const second = new RegExp(`^${num}\\s*(.*)$`, 'u').exec(paren[1]!)!;
    const secondUnit = takeUnit(second[2]!);
    if (!secondUnit || secondUnit.rest.trim()) {
      return { error: `không đọc được số liệu trong ngoặc: “${paren[1]}”` };
    }
    extra = paren[1]!;
    extraValue = parseViNumber(second[1]!);
    extraUnit = secondUnit.unit;
    after = paren[2]!.trim();
  }
  const unit = unitMatch.unit;
  const stated = boundWords.find((b) => b.words === boundWord)?.direction;
  return {
    name,
    targetValue: parseViNumber(written),
    unit,
    direction: stated ?? directionByRule(name),
    qualifier: after ? after : null,
    extra,
    extraValue,
    extraUnit,
    // A rate is a share: reported values stay within 0–100 — except a rate measured against a
    // plan ("100% so với kế hoạch thị xã giao"), which a ward may exceed ("đạt và vượt").
    minValue: unit === '%' ? 0 : null,
    maxValue: unit === '%' && !/kế hoạch/u.test(after) ? 100 : null,
  };
}

/**
 * The known unit at the start of `text` (whole words), or a ratio of them: "người/năm",
 * "triệu đồng/người", "tạ/ha".
 */
function takeUnit(text: string): { unit: string; rest: string } | null {
  const t = text.trimStart();
  const first = knownUnitAt(t, knownUnits);
  if (!first) return null;
  let end = first.length;
  if (t[end] === '/') {
    const per = knownUnitAt(t.slice(end + 1), [...knownUnits, ...perTime]);
    if (!per) return null;
    end += 1 + per.length;
  }
  return { unit: t.slice(0, end), rest: t.slice(end) };
}

function knownUnitAt(text: string, units: string[]): string | null {
  const lower = text.toLocaleLowerCase('vi');
  return units.find((u) => lower.startsWith(u) && !/^[\p{L}\p{N}²]/u.test(text.slice(u.length))) ?? null;
}
