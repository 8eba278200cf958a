// readTargetLine, one line at a time: each shape other wards and later years write, each trap,
// and what it must flag rather than guess.
import { describe, expect, it } from 'vitest';
import type { TargetReading } from './draft';
import { readTargetLine } from './target-line';

type Expected = Partial<Omit<TargetReading, 'warnings' | 'text'>> & { warnings?: string[] };

// [what it shows, the line, the reading expected (fields not named are checked by later rows)]
const shapes: [string, string, Expected][] = [
  // Ranges
  [
    'a yearly range of growth',
    'Tốc độ tăng trưởng kinh tế: tăng bình quân 10-12%/năm',
    {
      name: 'Tốc độ tăng trưởng kinh tế',
      targetValue: 10,
      targetHigh: 12,
      unit: '%',
      direction: 'range',
      period: 'năm',
      warnings: [],
    },
  ],
  [
    'a range "từ … đến …" with its unit',
    'Số mô hình kinh tế mới: từ 8 đến 10 mô hình',
    {
      name: 'Số mô hình kinh tế mới',
      targetValue: 8,
      targetHigh: 10,
      unit: 'mô hình',
      direction: 'range',
      warnings: [],
    },
  ],
  [
    'a range "từ … đến …" without a unit is read and flagged',
    'Số lớp bồi dưỡng chính trị: từ 8 đến 10',
    { targetValue: 8, targetHigh: 10, unit: null, direction: 'range', warnings: ['missing-unit'] },
  ],
  [
    'a range with the unit on both ends',
    'Tỷ lệ che phủ cây xanh: 10% - 12%',
    { targetValue: 10, targetHigh: 12, unit: '%', direction: 'range', warnings: [] },
  ],
  // Per mille
  [
    'per mille typed "%o"',
    'Tỷ suất sinh thô giảm 0,2%o',
    { name: 'Tỷ suất sinh thô', targetValue: 0.2, unit: '‰', direction: 'decrease', warnings: [] },
  ],
  [
    'per mille as "‰" with a ceiling word',
    'Tỷ lệ tăng dân số tự nhiên: dưới 1,2‰',
    { name: 'Tỷ lệ tăng dân số tự nhiên', targetValue: 1.2, unit: '‰', direction: 'max', warnings: [] },
  ],
  // Counts and money
  [
    'a count per year with "từ … trở lên"',
    'Kết nạp từ 10 đảng viên trở lên/năm',
    { name: 'Kết nạp', targetValue: 10, unit: 'đảng viên', direction: 'min', period: 'năm', warnings: [] },
  ],
  [
    'money per person per year',
    'Thu nhập bình quân đầu người đạt 75 triệu đồng/người/năm',
    {
      name: 'Thu nhập bình quân đầu người',
      targetValue: 75,
      unit: 'triệu đồng/người',
      period: 'năm',
      direction: 'min',
      directionSource: 'stated',
      warnings: [],
    },
  ],
  [
    '"tỉ đồng" spelled with i, a decimal comma',
    'Tổng thu ngân sách trên địa bàn: 12,5 tỉ đồng',
    { name: 'Tổng thu ngân sách trên địa bàn', targetValue: 12.5, unit: 'tỉ đồng', direction: 'min' },
  ],
  [
    '"tỷ đồng" with thousands dots',
    'Tổng vốn đầu tư toàn xã hội đạt 1.250 tỷ đồng',
    { targetValue: 1250, unit: 'tỷ đồng', direction: 'min', warnings: [] },
  ],
  [
    'a count with thousands dots',
    'Số hộ được cấp nước sạch: 1.250 hộ',
    { name: 'Số hộ được cấp nước sạch', targetValue: 1250, unit: 'hộ' },
  ],
  ['a leading zero', 'Kết nạp đảng viên mới: 05 đảng viên', { targetValue: 5, unit: 'đảng viên' }],
  [
    'a decimal point instead of a comma',
    'Tỷ lệ tham gia bảo hiểm y tế đạt 95.5%',
    { targetValue: 95.5, unit: '%', direction: 'min', warnings: [] },
  ],
  // Change against the previous year
  [
    'an increase against the previous year',
    'Thu ngân sách tăng 8% so với năm trước',
    {
      name: 'Thu ngân sách',
      targetValue: 8,
      unit: '%',
      direction: 'increase',
      qualifier: 'so với năm trước',
      warnings: [],
    },
  ],
  [
    'a decrease',
    'Tỷ lệ hộ nghèo giảm 0,5%',
    { name: 'Tỷ lệ hộ nghèo', targetValue: 0.5, unit: '%', direction: 'decrease', warnings: [] },
  ],
  [
    'a decrease written verb first',
    'Giảm tỷ lệ hộ nghèo 0,5%',
    { name: 'Giảm tỷ lệ hộ nghèo', targetValue: 0.5, direction: 'decrease', directionSource: 'stated' },
  ],
  [
    '"giảm còn" is a level to stay under, not a change',
    'Tỷ lệ hộ nghèo giảm còn 1,45%',
    { name: 'Tỷ lệ hộ nghèo', targetValue: 1.45, direction: 'max', warnings: [] },
  ],
  [
    '"giảm từ … xuống còn …": the level to reach, the base kept as extra',
    'Tỷ lệ hộ nghèo giảm từ 2,5% xuống còn 1,5%',
    {
      name: 'Tỷ lệ hộ nghèo',
      targetValue: 1.5,
      unit: '%',
      direction: 'max',
      extra: 'từ 2,5%',
      extraValue: 2.5,
      extraUnit: '%',
      warnings: [],
    },
  ],
  [
    '"nâng từ … lên …" is a floor',
    'Nâng tỷ lệ hộ dùng nước sạch từ 90% lên 95%',
    { name: 'Nâng tỷ lệ hộ dùng nước sạch', targetValue: 95, direction: 'min', extra: 'từ 90%', warnings: [] },
  ],
  [
    '"xuống dưới" is a ceiling',
    'Giảm tỷ lệ hộ cận nghèo xuống dưới 3%',
    { targetValue: 3, direction: 'max', warnings: [] },
  ],
  // Zero targets
  [
    'none left',
    'Không còn hộ nghèo',
    { name: 'Không còn hộ nghèo', targetValue: 0, unit: 'hộ', direction: 'zero', warnings: [] },
  ],
  [
    'none left, after a colon',
    'Hộ nghèo: không còn',
    { name: 'Hộ nghèo', targetValue: 0, unit: null, direction: 'zero', warnings: [] },
  ],
  ['nothing to happen', 'Không để xảy ra khiếu kiện đông người', { targetValue: 0, direction: 'zero', warnings: [] }],
  ['a zero figure', 'Số vụ cháy nổ: 0 vụ', { targetValue: 0, unit: 'vụ', direction: 'zero', warnings: [] }],
  // Qualitative
  [
    'qualitative, no figure',
    'Đảng bộ hoàn thành tốt nhiệm vụ trở lên',
    {
      name: 'Đảng bộ hoàn thành tốt nhiệm vụ trở lên',
      targetValue: null,
      targetHigh: null,
      unit: null,
      direction: 'qualitative',
      warnings: [],
    },
  ],
  [
    'qualitative after a colon',
    'Xếp loại tổ chức cơ sở đảng: hoàn thành tốt nhiệm vụ trở lên',
    {
      name: 'Xếp loại tổ chức cơ sở đảng',
      qualifier: 'hoàn thành tốt nhiệm vụ trở lên',
      targetValue: null,
      direction: 'qualitative',
      warnings: [],
    },
  ],
  // Two figures
  [
    'a second figure in brackets',
    'Tỷ lệ kết nạp đảng viên: 4 % (5 người/năm)',
    { targetValue: 4, unit: '%', extra: '5 người/năm', extraValue: 5, extraUnit: 'người/năm' },
  ],
  [
    'a second figure after a comma',
    'Diện tích lúa: 300 ha, trong đó 50 ha lúa chất lượng cao',
    {
      targetValue: 300,
      unit: 'ha',
      extra: 'trong đó 50 ha lúa chất lượng cao',
      extraValue: 50,
      extraUnit: 'ha',
      qualifier: null,
    },
  ],
  // Bound words
  ['"trở lên"', 'Tỷ lệ hộ gia đình văn hóa: 90% trở lên', { targetValue: 90, direction: 'min', warnings: [] }],
  [
    '"trên" before a figure',
    'Tỷ lệ lao động qua đào tạo: trên 70%',
    { targetValue: 70, direction: 'min', warnings: [] },
  ],
  [
    '"dưới"',
    'Tỷ lệ trẻ suy dinh dưỡng: dưới 5%',
    { name: 'Tỷ lệ trẻ suy dinh dưỡng', targetValue: 5, direction: 'max', warnings: [] },
  ],
  [
    '"không quá"',
    'Số vụ tai nạn giao thông: không quá 3 vụ',
    { targetValue: 3, unit: 'vụ', direction: 'max', warnings: [] },
  ],
  ['"tối thiểu"', 'Tỷ lệ che phủ rừng: tối thiểu 42,5%', { targetValue: 42.5, direction: 'min', warnings: [] }],
  [
    '"ít nhất"',
    'Tỷ lệ hộ dùng nước sạch ít nhất 95%',
    { name: 'Tỷ lệ hộ dùng nước sạch', targetValue: 95, direction: 'min', warnings: [] },
  ],
  ['"tối đa"', 'Tỷ lệ nợ đọng thuế: tối đa 2%', { targetValue: 2, direction: 'max', warnings: [] }],
  [
    '"đạt"',
    'Tỷ lệ xây dựng lực lượng DQTV đạt 100%',
    { name: 'Tỷ lệ xây dựng lực lượng DQTV', targetValue: 100, direction: 'min', directionSource: 'stated' },
  ],
  [
    '"bằng" is an exact figure',
    'Số thanh niên nhập ngũ: bằng 25 thanh niên',
    { targetValue: 25, unit: 'thanh niên', direction: 'exact', warnings: [] },
  ],
];

const traps: [string, string, Expected][] = [
  [
    'an age in the name ("dưới 5 tuổi") is not a ceiling',
    'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi: dưới 10%',
    { name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', targetValue: 10, direction: 'max', warnings: [] },
  ],
  [
    'an age in the name, without a colon',
    'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn 8%',
    { name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', targetValue: 8, direction: 'max', warnings: [] },
  ],
  [
    '"con thứ 3 trở lên" is the name, not a floor of 3',
    'Tỷ lệ sinh con thứ 3 trở lên: không quá 5%',
    { name: 'Tỷ lệ sinh con thứ 3 trở lên', targetValue: 5, direction: 'max', warnings: [] },
  ],
  [
    '"con thứ 3 trở lên" without a colon, then a decrease',
    'Tỷ lệ sinh con thứ 3 trở lên giảm 0,5% so với năm trước',
    {
      name: 'Tỷ lệ sinh con thứ 3 trở lên',
      targetValue: 0.5,
      direction: 'decrease',
      qualifier: 'so với năm trước',
      warnings: [],
    },
  ],
  [
    '"con thứ 3 trở lên" with no direction: a ceiling by the name, flagged',
    'Tỷ lệ sinh con thứ 3 trở lên: 4%',
    { targetValue: 4, direction: 'max', directionSource: 'rule', warnings: ['direction-guessed'] },
  ],
  [
    'a year span in the name is not a range',
    'Tăng trưởng kinh tế bình quân giai đoạn 2021-2025: 8%/năm',
    {
      name: 'Tăng trưởng kinh tế bình quân giai đoạn 2021-2025',
      targetValue: 8,
      targetHigh: null,
      unit: '%',
      period: 'năm',
      direction: 'min',
      directionSource: 'default',
      warnings: ['direction-guessed'],
    },
  ],
  [
    'a year span after the figure is its period, not a range',
    'Tỷ lệ hộ nghèo: dưới 1% giai đoạn 2021 - 2025',
    { targetValue: 1, targetHigh: null, direction: 'max', period: 'giai đoạn 2021 - 2025', warnings: [] },
  ],
  [
    'a year in the name is not the figure',
    'Tỷ lệ giao quân năm 2024: 100%',
    { name: 'Tỷ lệ giao quân năm 2024', targetValue: 100, unit: '%' },
  ],
  [
    '"trên địa bàn" is not a bound',
    'Tỷ lệ thu ngân sách nhà nước trên địa bàn đạt 100% so với kế hoạch thị xã giao',
    {
      name: 'Tỷ lệ thu ngân sách nhà nước trên địa bàn',
      targetValue: 100,
      direction: 'min',
      directionSource: 'stated',
      qualifier: 'so với kế hoạch thị xã giao',
      warnings: [],
    },
  ],
  [
    '"/trên tổng số" in a name is not a bound',
    'Tỷ lệ kết nạp đảng viên/trên tổng số đảng viên đầu nhiệm kỳ: 4 % (5 người/năm)',
    { name: 'Tỷ lệ kết nạp đảng viên/trên tổng số đảng viên đầu nhiệm kỳ', targetValue: 4, extra: '5 người/năm' },
  ],
  [
    '"đạt … trở lên" in a name does not make the figure stated',
    'Tỷ lệ đảng viên đạt mức hoàn thành tốt nhiệm vụ trở lên: 80%',
    {
      name: 'Tỷ lệ đảng viên đạt mức hoàn thành tốt nhiệm vụ trở lên',
      targetValue: 80,
      direction: 'min',
      directionSource: 'default',
      warnings: ['direction-guessed'],
    },
  ],
  [
    'a document number in the name',
    'Số chi bộ thực hiện Chỉ thị số 05 đạt 100%',
    { name: 'Số chi bộ thực hiện Chỉ thị số 05', targetValue: 100, unit: '%', warnings: [] },
  ],
  [
    'a figure earlier in the name is kept in it, and flagged',
    'Số hộ có thu nhập trên 50 triệu đồng/năm đạt 120 hộ',
    {
      name: 'Số hộ có thu nhập trên 50 triệu đồng/năm',
      targetValue: 120,
      unit: 'hộ',
      direction: 'min',
      warnings: ['figure-in-name'],
    },
  ],
];

// Read, but not sure: each of these must carry a warning rather than look certain.
const unsure: [string, string, Expected][] = [
  [
    'no direction written: the default floor, flagged',
    'Tổng diện tích gieo trồng: 621 ha',
    { targetValue: 621, unit: 'ha', direction: 'min', directionSource: 'default', warnings: ['direction-guessed'] },
  ],
  [
    'no direction written on a ceiling-like name: max, flagged',
    'Tỷ lệ hộ nghèo: 1,25%',
    { targetValue: 1.25, direction: 'max', directionSource: 'rule', warnings: ['direction-guessed'] },
  ],
  [
    '"đạt" on a ceiling-like name: max, flagged',
    'Tỷ lệ hộ nghèo đạt 1,25%',
    { targetValue: 1.25, direction: 'max', directionSource: 'rule', warnings: ['direction-guessed'] },
  ],
  [
    'an unknown unit is kept as written and flagged',
    'Diện tích trồng rừng mới: 12 mẫu',
    { targetValue: 12, unit: 'mẫu', warnings: ['unknown-unit', 'direction-guessed'] },
  ],
  [
    'a quantity without a figure',
    'Tỷ lệ hộ nghèo',
    { targetValue: null, direction: 'qualitative', warnings: ['no-figure'] },
  ],
  [
    'a change without a figure',
    'Thu ngân sách tăng so với năm trước',
    { targetValue: null, direction: 'qualitative', warnings: ['no-figure'] },
  ],
  [
    'a fraction of a counted unit (a thousands comma?)',
    'Số lao động được giải quyết việc làm: 1,250 lao động',
    { targetValue: 1.25, warnings: ['direction-guessed', 'number-format'] },
  ],
  [
    'a dotted figure in percent (thousands or decimal?)',
    'Tỷ lệ tăng thu ngân sách: 1.250%',
    { targetValue: 1250, warnings: ['direction-guessed', 'number-format'] },
  ],
  [
    'English number style',
    'Tổng vốn huy động: 1,250.5 triệu đồng',
    { targetValue: 1250.5, unit: 'triệu đồng', warnings: ['number-format', 'direction-guessed'] },
  ],
  [
    'floor and ceiling words together',
    'Tỷ lệ hộ nghèo: dưới 2% trở lên',
    { targetValue: 2, warnings: ['direction-conflict'] },
  ],
];

function check(line: string, expected: Expected) {
  const reading = readTargetLine(line);
  if ('error' in reading) throw new Error(`unexpected error: ${reading.error}`);
  const { warnings, ...fields } = expected;
  expect(reading.text).toBe(line);
  expect(reading).toMatchObject(fields);
  if (warnings) expect(reading.warnings.map((w) => w.code)).toEqual(warnings);
  for (const w of reading.warnings) expect(w.message).toMatch(/\p{L}/u);
}

describe('readTargetLine reads each shape', () => {
  it.each(shapes)('%s: %s', (_what, line, expected) => check(line, expected));
});

describe('readTargetLine avoids each trap', () => {
  it.each(traps)('%s: %s', (_what, line, expected) => check(line, expected));
});

describe('readTargetLine flags what it is unsure of', () => {
  it.each(unsure)('%s: %s', (_what, line, expected) => check(line, expected));
});

describe('readTargetLine refuses what it cannot read', () => {
  it.each([
    ['', 'dòng trống'],
    ['   ', 'dòng trống'],
    ['- ', 'dòng trống'],
    ['100%', 'dòng không có tên chỉ tiêu, chỉ có số'],
    ['12.500', 'dòng không có tên chỉ tiêu, chỉ có số'],
  ])('%j', (line, error) => {
    expect(readTargetLine(line)).toEqual({ text: line, error });
  });

  it('keeps the line as given in `text`, and reads a list dash, markdown and a final full stop away', () => {
    const reading = readTargetLine('- **Tỷ lệ gia đình văn hóa**: 89,61%.');
    expect(reading).toMatchObject({ text: '- **Tỷ lệ gia đình văn hóa**: 89,61%.', name: 'Tỷ lệ gia đình văn hóa' });
  });
});
