// A second year in the seed's template (test/fixtures/resolution-2024.txt, not seeded): new
// figures, a target added (income per head) and one removed (waste collection), group 2 with
// three paragraphs, group 5 with four, III.3 broken across a page, a review of 2023 with 17 met
// and 2 named as not met, and a poor-household figure III.3 writes differently (0,95 % / 0,9 %).
// Read exactly, then the same document as Word (.docx, built here) reads to the same draft.
//
// Line numbers of the .docx draft are those of the text mammoth extracts, where every paragraph
// is followed by a blank line; they differ from the .txt's and are checked against that text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolutionDocx } from '../../test/fixtures/resolution-docx';
import { parseResolutionFile, parseResolutionText, type ResolutionDraft } from './index';

const source = readFileSync(path.join(__dirname, '../../test/fixtures/resolution-2024.txt'), 'utf8');
const lines = source.split('\n');
const draft = parseResolutionText(source);

// [code, line, name, targetValue, unit, direction, directionSource, period, extra, qualifier]
const expectedTargets = [
  ['2.1.01', 27, 'Tổng diện tích gieo trồng', 630, 'ha', 'min', 'default', null, null, null],
  [
    '2.1.02',
    28,
    'Tỷ lệ thu ngân sách nhà nước trên địa bàn',
    100,
    '%',
    'min',
    'stated',
    null,
    null,
    'so với kế hoạch thị xã giao',
  ],
  ['2.1.03', 29, 'Thu nhập bình quân đầu người', 62, 'triệu đồng/người', 'min', 'stated', 'năm', null, null],
  [
    '2.1.04',
    30,
    'Tỷ lệ học sinh hoàn thành chương trình tiểu học và tốt nghiệp THCS',
    100,
    '%',
    'min',
    'default',
    null,
    null,
    null,
  ],
  ['2.1.05', 31, 'Tỷ lệ huy động trẻ em trong độ tuổi đến trường', 100, '%', 'min', 'default', null, null, null],
  ['2.1.06', 32, 'Tỷ lệ gia đình văn hóa', 90.2, '%', 'min', 'default', null, null, null],
  ['2.1.07', 33, 'Tỷ lệ tổ dân phố văn hóa', 82, '%', 'min', 'default', null, null, null],
  ['2.1.08', 34, 'Tỷ lệ tăng dân số tự nhiên', 1.02, '%', 'max', 'rule', null, null, null],
  ['2.1.09', 35, 'Tỷ lệ hộ nghèo', 0.95, '%', 'max', 'rule', null, null, null],
  ['2.1.10', 36, 'Tỷ lệ hộ cận nghèo', 3.1, '%', 'max', 'rule', null, null, null],
  ['2.1.11', 37, 'Tỷ lệ tham gia bảo hiểm y tế', 92.5, '%', 'min', 'default', null, null, null],
  ['2.1.12', 38, 'Tỷ lệ tham gia bảo hiểm xã hội', 25, '%', 'min', 'default', null, null, null],
  ['2.1.13', 39, 'Tỷ lệ tham gia bảo hiểm thất nghiệp', 19.2, '%', 'min', 'rule', null, null, null],
  ['2.1.14', 40, 'Tỷ lệ xây dựng lực lượng DQTV', 100, '%', 'min', 'stated', null, null, null],
  ['2.1.15', 41, 'Tỷ lệ giao quân năm 2024', 100, '%', 'min', 'default', null, null, null],
  ['2.1.16', 42, 'Tỷ lệ lao động qua đào tạo', 66, '%', 'min', 'default', null, null, null],
  [
    '2.2.01',
    46,
    'Tỷ lệ kết nạp đảng viên/trên tổng số đảng viên đầu nhiệm kỳ',
    4.5,
    '%',
    'min',
    'default',
    null,
    '6 người/năm',
    null,
  ],
  [
    '2.2.02',
    47,
    'Tỷ lệ đảng viên đạt mức hoàn thành tốt nhiệm vụ trở lên',
    85,
    '%',
    'min',
    'default',
    null,
    null,
    null,
  ],
  [
    '2.2.03',
    48,
    'Tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên',
    82,
    '%',
    'min',
    'default',
    null,
    null,
    null,
  ],
];

// [code, line, endLine, text]
const expectedTasks = [
  [
    'III.1.1',
    52,
    52,
    'Tập trung lãnh đạo thực hiện đạt và vượt các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2024. Phát triển nông nghiệp theo hướng hàng hóa, chuyển đổi cơ cấu cây trồng, vật nuôi phù hợp; nhân rộng các mô hình sản xuất hiệu quả. Hỗ trợ xây dựng ít nhất 01 sản phẩm OCOP.',
  ],
  [
    'III.2.1',
    54,
    54,
    'Tăng cường công tác quản lý đất đai, bảo vệ môi trường, quản lý trật tự đô thị, trật tự xây dựng; xử lý nghiêm các vi phạm theo quy định của pháp luật.',
  ],
  [
    'III.2.2',
    56,
    56,
    'Triển khai phân loại rác thải tại nguồn ở các tổ dân phố; vận động Nhân dân đăng ký thu gom rác thải, giữ gìn vệ sinh môi trường.',
  ],
  [
    'III.2.3',
    58,
    58,
    'Phấn đấu thu ngân sách đạt và vượt chỉ tiêu cấp trên giao; nuôi dưỡng và khai thác tốt các nguồn thu, chống thất thu và thực hiện chi tiết kiệm.',
  ],
  [
    'III.3.1',
    60,
    60,
    'Nâng cao chất lượng công tác y tế cơ sở, chủ động phòng, chống dịch bệnh; nâng cao tỷ lệ người dân tham gia bảo hiểm y tế, bảo hiểm xã hội. Nâng cao chất lượng giáo dục - đào tạo, duy trì sĩ số học sinh.',
  ],
  [
    'III.3.2',
    62,
    64,
    'Thực hiện đầy đủ, kịp thời các chính sách an sinh xã hội; tập trung nguồn lực phấn đấu đến cuối năm 2024 tỷ lệ hộ nghèo trên địa bàn phường giảm còn 0,9% (theo chuẩn nghèo giai đoạn 2021 - 2025). Đẩy mạnh đào tạo nghề, giải quyết việc làm cho lao động phổ thông.',
  ],
  [
    'III.4.1',
    66,
    66,
    'Tổ chức thực hiện tốt các nhiệm vụ quốc phòng, an ninh theo kế hoạch; hoàn thành chỉ tiêu giao quân năm 2024. Đẩy mạnh phòng ngừa, đấu tranh các loại tội phạm, kiềm chế tai nạn giao thông; giải quyết kịp thời đơn, thư khiếu nại, tố cáo, không để xảy ra khiếu kiện đông người.',
  ],
  [
    'III.5.1',
    68,
    68,
    'Tiếp tục tuyên truyền, quán triệt các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.',
  ],
  [
    'III.5.2',
    70,
    70,
    'Nâng cao chất lượng sinh hoạt chi bộ; tăng cường công tác phát triển đảng viên, phấn đấu kết nạp 6 đảng viên trong năm.',
  ],
  [
    'III.5.3',
    72,
    72,
    'Tăng cường công tác kiểm tra, giám sát trong Đảng, bảo đảm hoàn thành chương trình kiểm tra, giám sát năm 2024 đề ra.',
  ],
  ['III.5.4', 74, 74, 'Tăng cường công tác dân vận của hệ thống chính trị, chú trọng dân vận chính quyền.'],
  [
    'III.6.1',
    76,
    76,
    'Hội đồng nhân dân phường nâng cao chất lượng hoạt động giám sát và tiếp xúc cử tri; tổ chức tốt các kỳ họp theo luật định.',
  ],
  [
    'III.7.1',
    78,
    78,
    'Ủy ban nhân dân phường tăng cường quản lý nhà nước trên các lĩnh vực; đẩy mạnh cải cách hành chính và chuyển đổi số, nâng cao tỷ lệ hồ sơ giải quyết trực tuyến.',
  ],
  [
    'III.8.1',
    80,
    80,
    'Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội phường tiếp tục đổi mới nội dung, phương thức hoạt động; phát huy vai trò giám sát và phản biện xã hội; vận động Nhân dân tham gia xây dựng đô thị văn minh.',
  ],
];

describe('the 2024 resolution (.txt)', () => {
  it('reads the header', () => {
    expect(draft.resolution).toEqual({
      title: 'Nghị quyết của Ban Chấp hành Đảng bộ phường khóa XV về chỉ tiêu, nhiệm vụ năm 2024',
      titleRaw: 'NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG KHÓA XV\nvề chỉ tiêu, nhiệm vụ năm 2024',
      year: 2024,
      number: null,
      issuingBody: 'Ban Chấp hành Đảng bộ phường',
      term: 'XV',
      conferenceNumber: 41,
      conference:
        'Hội nghị lần thứ 41 Ban Chấp hành Đảng bộ phường khóa XV (mở rộng) tổ chức ngày 26 tháng 12 năm 2023, tại Hội trường Ủy ban nhân dân phường.',
      heldOn: '2023-12-26',
      venue: 'Hội trường Ủy ban nhân dân phường',
      signedFor: 'T/M ĐẢNG ỦY',
      signerTitle: 'BÍ THƯ',
      signerName: 'Nguyễn Thị Ngọc',
      objectives: lines[20],
      recipients: [
        'Thường trực Thị ủy,',
        'Ủy ban Kiểm tra Thị ủy,',
        'Hội đồng nhân dân, Ủy ban nhân dân phường,',
        'Mặt trận và các đoàn thể phường,',
        'Các chi bộ trực thuộc,',
        'Lưu Văn phòng Đảng ủy.',
      ],
      line: 3,
      conferenceLine: 7,
      objectivesLine: 21,
    });
  });

  it("reads the review of 2023 and its own claims: 19 targets, 17 met, 2 named as not met, last year's number", () => {
    expect(draft.review).toEqual({
      year: 2023,
      summary: lines[12],
      shortcomings: lines[14],
      resolutionNumber: '41-NQ/ĐU',
      resolutionDate: '2022-12-27',
      targetsTotal: 19,
      targetsMet: 17,
      targetsNotMetCount: 2,
      targetsNotMet: 'tỷ lệ tham gia bảo hiểm xã hội; tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên',
      notMetNames: ['tỷ lệ tham gia bảo hiểm xã hội', 'tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên'],
      line: 11,
      summaryLine: 13,
      shortcomingsLine: 15,
    });
  });

  it('reads every target exactly: the new one read, the removed one gone', () => {
    expect(
      draft.targets.map((t) => [
        t.code,
        t.line,
        t.name,
        t.targetValue,
        t.unit,
        t.direction,
        t.directionSource,
        t.period,
        t.extra,
        t.qualifier,
      ]),
    ).toEqual(expectedTargets);
    for (const t of draft.targets) {
      expect(t.sourceLine).toBe(lines[t.line - 1]);
      expect(t.targetHigh).toBeNull();
      expect(t.sourceRef).toBe(`II.${t.category} dòng ${t.ordinal}`);
    }
    expect(draft.targets.some((t) => t.name.includes('rác thải'))).toBe(false);
    expect(draft.targets.find((t) => t.code === '2.2.01')).toMatchObject({ extraValue: 6, extraUnit: 'người/năm' });
    expect(draft.targets.find((t) => t.code === '2.1.03')).toMatchObject({ minValue: null, maxValue: null });
    expect(draft.targets.find((t) => t.code === '2.1.02')).toMatchObject({ minValue: 0, maxValue: null });
    expect(draft.targets.find((t) => t.code === '2.1.06')).toMatchObject({ minValue: 0, maxValue: 100 });
  });

  it('reads every task paragraph exactly, the page break joined and the emphasis removed', () => {
    expect(draft.taskGroups.map((g) => [g.number, g.line, g.tasks.length])).toEqual([
      [1, 52, 1],
      [2, 54, 3],
      [3, 60, 2],
      [4, 66, 1],
      [5, 68, 4],
      [6, 76, 1],
      [7, 78, 1],
      [8, 80, 1],
    ]);
    expect(draft.taskGroups.flatMap((g) => g.tasks.map((t) => [t.code, t.line, t.endLine, t.text]))).toEqual(
      expectedTasks,
    );
    expect(draft.taskGroups.map((g) => g.title)).toEqual(
      draft.taskGroups.map((g) => `${/^[^.]*\./u.exec(g.tasks[0]!.text)![0]}`),
    );
  });

  it('warns of the figure conflict with both lines, and of every guessed direction', () => {
    const others = draft.warnings.filter((w) => w.code !== 'direction-guessed');
    expect(others).toEqual([
      {
        code: 'figure-conflict',
        line: 64,
        lines: [64, 35],
        refs: ['2.1.09', 'III.3.2'],
        message: expect.stringMatching(/0,95%.*dòng 35.*0,9%.*dòng 64/su),
      },
    ]);
    expect(draft.warnings.filter((w) => w.code === 'direction-guessed').map((w) => [w.line, w.refs])).toEqual(
      draft.targets.filter((t) => t.directionSource !== 'stated').map((t) => [t.line, [t.code]]),
    );
  });
});

/** The draft without what depends on where its lines fall (line numbers, the raw source line). */
function placeless(d: ResolutionDraft) {
  const msg = (m: string) => m.replace(/\b([Dd])òng \d+/gu, '$1òng …');
  return {
    resolution: { ...d.resolution, line: 0, conferenceLine: 0, objectivesLine: 0 },
    review: { ...d.review, line: 0, summaryLine: 0, shortcomingsLine: 0 },
    targets: d.targets.map((t) => ({
      ...t,
      line: 0,
      sourceLine: '',
      warnings: t.warnings.map((w) => ({ ...w, line: 0, lines: [], message: msg(w.message) })),
    })),
    taskGroups: d.taskGroups.map((g) => ({
      ...g,
      line: 0,
      tasks: g.tasks.map((t) => ({ ...t, line: 0, endLine: 0 })),
    })),
    warnings: d.warnings.map((w) => ({ ...w, line: 0, lines: [], message: msg(w.message) })),
  };
}

describe('the same resolution as a Word document', () => {
  let docx: Awaited<ReturnType<typeof parseResolutionFile>>;
  beforeAll(async () => {
    docx = await parseResolutionFile(await resolutionDocx(source), 'nghi-quyet-2024.docx');
  });

  it('parses to the same draft', () => {
    expect(docx.format).toBe('docx');
    expect(placeless(docx.draft)).toEqual(placeless(draft));
  });

  it("numbers lines by the extracted text, and every line points at the item's own words", () => {
    const text = docx.text.split('\n');
    const at = (line: number) => text[line - 1]!;
    expect(at(docx.draft.resolution.line)).toBe('NGHỊ QUYẾT');
    expect(at(docx.draft.resolution.conferenceLine)).toMatch(/^Hội nghị lần thứ 41/u);
    expect(at(docx.draft.review.line)).toBe('I- Tình hình thực hiện nhiệm vụ năm 2023');
    for (const t of docx.draft.targets) {
      // A Word bullet's dash is a list mark, not text: the line is the item itself.
      expect(at(t.line)).toBe(t.sourceLine);
      expect(t.sourceLine).toBe(lines[draft.targets.find((d) => d.code === t.code)!.line - 1]!.slice(2));
    }
    for (const task of docx.draft.taskGroups.flatMap((g) => g.tasks)) {
      expect(task.text.startsWith(at(task.line).replace(/^\d+\. /u, ''))).toBe(true);
      expect(task.text.endsWith(at(task.endLine).replace(/^\d+\. /u, ''))).toBe(true);
    }
    const broken = docx.draft.taskGroups[2]!.tasks[1]!;
    expect(at(broken.endLine)).toMatch(/^phường giảm còn 0,9%/u);
    const conflict = docx.draft.warnings.find((w) => w.code === 'figure-conflict')!;
    expect(conflict.lines).toEqual([broken.endLine, docx.draft.targets.find((t) => t.code === '2.1.09')!.line]);
  });
});

describe("the same resolution with Word's own list numbers", () => {
  it('restores the section, point and task numbers Word draws, and parses to the same draft', async () => {
    const numbered = await parseResolutionFile(
      await resolutionDocx(source, { wordNumbering: true }),
      'nghi-quyet-2024.docx',
    );
    // mammoth's text alone has no numbers: "Một số nhiệm vụ …" without "III-", tasks without "1.".
    expect(numbered.text).toContain('\n\nIII- Một số nhiệm vụ và giải pháp năm 2024\n\n');
    expect(numbered.text).toContain('\n\n1. Mục tiêu\n\n');
    expect(numbered.text).toMatch(/\n\n8\. Mặt trận Tổ quốc/u);
    expect(placeless(numbered.draft)).toEqual(placeless(draft));
  });
});

describe('the same resolution written other ways', () => {
  it('with the letterhead of a Word file above the title: its number is read, nothing else moves', () => {
    const letterhead = [
      'ĐẢNG BỘ THỊ XÃ AN KHÊ',
      'ĐẢNG ỦY PHƯỜNG AN BÌNH',
      '*',
      'Số 45-NQ/ĐU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'An Bình, ngày 26 tháng 12 năm 2023',
    ];
    const headed = parseResolutionText(`${letterhead.join('\n')}\n${source}`);
    expect(headed.resolution.number).toBe('45-NQ/ĐU');
    expect(headed.resolution.line).toBe(draft.resolution.line + letterhead.length);
    expect(placeless(headed)).toEqual(placeless({ ...draft, resolution: { ...draft.resolution, number: '45-NQ/ĐU' } }));
  });

  it('with the review counted as "17/19" and dates written "27/12/2022"', () => {
    const other = source
      .replace('Trong số 19 chỉ tiêu Nghị quyết đề ra, có 17 chỉ tiêu đạt và vượt.', 'Có 17/19 chỉ tiêu đạt và vượt.')
      .replace('Nghị quyết số 41-NQ/ĐU, ngày 27 tháng 12 năm 2022', 'Nghị quyết số 41-NQ/ĐU ngày 27/12/2022')
      .replace('tổ chức ngày 26 tháng 12 năm 2023', 'tổ chức ngày 26/12/2023');
    expect(other).not.toBe(source);
    const read = parseResolutionText(other);
    expect(read.review).toMatchObject({
      targetsTotal: 19,
      targetsMet: 17,
      targetsNotMetCount: 2,
      resolutionNumber: '41-NQ/ĐU',
      resolutionDate: '2022-12-27',
    });
    expect(read.resolution.heldOn).toBe('2023-12-26');
    expect(read.warnings.filter((w) => w.code.startsWith('review'))).toEqual([]);
  });

  it('flags a review whose counts or whose names do not add up', () => {
    const codes = (text: string) =>
      parseResolutionText(text)
        .warnings.filter((w) => w.code.startsWith('review'))
        .map((w) => [w.code, w.line]);
    // 19 targets, 16 met, 2 not met.
    expect(codes(source.replace('có 17 chỉ tiêu đạt', 'có 16 chỉ tiêu đạt'))).toEqual([['review-count-mismatch', 11]]);
    // 19 = 16 + 3, but only two named.
    expect(
      codes(
        source
          .replace('có 17 chỉ tiêu đạt', 'có 16 chỉ tiêu đạt')
          .replace('02 chỉ tiêu chưa đạt', '03 chỉ tiêu chưa đạt'),
      ),
    ).toEqual([['review-names-mismatch', 15]]);
  });
});
