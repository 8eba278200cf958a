import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResolution, ResolutionParseError } from './parse';
import { directionByRule, parseTargetText } from './targets';

const source = readFileSync(path.join(__dirname, '../../db/seed/resolutions/2023.txt'), 'utf8');
const lines = source.split('\n');
const parsed = parseResolution(source);

// [code, name as written, value, unit, direction, qualifier, extra]
const expectedTargets: [string, string, number, string, 'min' | 'max', string | null, string | null][] = [
  ['2.1.01', 'Tổng diện tích gieo trồng', 621, 'ha', 'min', null, null],
  ['2.1.02', 'Tỷ lệ thu ngân sách nhà nước trên địa bàn', 100, '%', 'min', 'so với kế hoạch thị xã giao', null],
  ['2.1.03', 'Tỷ lệ học sinh hoàn thành chương trình tiểu học và tốt nghiệp THCS', 100, '%', 'min', null, null],
  ['2.1.04', 'Tỷ lệ huy động trẻ em trong độ tuổi đến trường', 100, '%', 'min', null, null],
  ['2.1.05', 'Tỷ lệ gia đình văn hóa', 89.61, '%', 'min', null, null],
  ['2.1.06', 'Tỷ lệ tổ dân phố văn hóa', 80, '%', 'min', null, null],
  ['2.1.07', 'Tỷ lệ tăng dân số tự nhiên', 1.05, '%', 'max', null, null],
  ['2.1.08', 'Tỷ lệ hộ nghèo', 1.25, '%', 'max', null, null],
  ['2.1.09', 'Tỷ lệ hộ cận nghèo', 3.76, '%', 'max', null, null],
  ['2.1.10', 'Tỷ lệ tham gia bảo hiểm y tế', 91.01, '%', 'min', null, null],
  ['2.1.11', 'Tỷ lệ tham gia bảo hiểm xã hội', 23.97, '%', 'min', null, null],
  ['2.1.12', 'Tỷ lệ tham gia bảo hiểm thất nghiệp', 18.33, '%', 'min', null, null],
  ['2.1.13', 'Tỷ lệ hộ dân đăng ký tham gia đồ rác thải', 83.5, '%', 'min', null, null],
  ['2.1.14', 'Tỷ lệ xây dựng lực lượng DQTV', 100, '%', 'min', null, null],
  ['2.1.15', 'Tỷ lệ giao quân năm 2023', 100, '%', 'min', null, null],
  ['2.1.16', 'Tỷ lệ lao động qua đào tạo', 64, '%', 'min', null, null],
  ['2.2.01', 'Tỷ lệ kết nạp đảng viên/trên tổng số đảng viên đầu nhiệm kỳ', 4, '%', 'min', null, '5 người/năm'],
  ['2.2.02', 'Tỷ lệ đảng viên đạt mức hoàn thành tốt nhiệm vụ trở lên', 80, '%', 'min', null, null],
  ['2.2.03', 'Tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên', 80, '%', 'min', null, null],
];

/** The document with one line (1-based) replaced; line numbers stay the same. */
function withLine(line: number, replacement: string): string {
  return lines.map((l, i) => (i === line - 1 ? replacement : l)).join('\n');
}
const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;

function parseError(text: string): ResolutionParseError {
  try {
    parseResolution(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ResolutionParseError);
    return error as ResolutionParseError;
  }
  throw new Error('expected a ResolutionParseError');
}

describe('parseResolution on the 2023 resolution', () => {
  it('reads the header', () => {
    expect(parsed.header).toEqual({
      title: 'Nghị quyết của Ban Chấp hành Đảng bộ phường khóa XV về chỉ tiêu, nhiệm vụ năm 2023',
      titleRaw: 'NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG KHÓA XV\nvề chỉ tiêu, nhiệm vụ năm 2023',
      year: 2023,
      issuingBody: 'Ban Chấp hành Đảng bộ phường',
      term: 'XV',
      conferenceNumber: 34,
      conference:
        'Hội nghị lần thứ 34 Ban Chấp hành Đảng bộ phường khóa XV (mở rộng) tổ chức ngày 27 tháng 12 năm 2022, tại Hội trường Ủy ban nhân dân phường.',
      heldOn: '2022-12-27',
      venue: 'Hội trường Ủy ban nhân dân phường',
      signedFor: 'T/M ĐẢNG ỦY',
      signerTitle: 'BÍ THƯ',
      signerName: 'Nguyễn Thị Ngọc',
    });
  });

  it('reads the review of 2022', () => {
    const { review } = parsed;
    expect(review).toMatchObject({
      year: 2022,
      resolutionNumber: '22-NQ/ĐU',
      resolutionDate: '2021-12-20',
      targetsTotal: 19,
      targetsMet: 18,
      targetsNotMetCount: 1,
      targetsNotMet: 'tỷ lệ chi bộ hoàn thành tốt nhiệm vụ',
    });
    expect(review.summary).toBe(lines[lineOf('Năm 2022 Ban Chấp hành') - 1]);
    expect(review.shortcomings).toBe(lines[lineOf('Bên cạnh kết quả đạt được') - 1]);
  });

  it('reads the objectives as written', () => {
    expect(parsed.objectives).toBe(lines[lineOf('Tập trung khai thác tốt') - 1]);
  });

  it('reads all 19 targets exactly', () => {
    expect(parsed.targets.filter((t) => t.category === '2.1')).toHaveLength(16);
    expect(parsed.targets.filter((t) => t.category === '2.2')).toHaveLength(3);
    expect(
      parsed.targets.map((t) => [t.code, t.name, t.targetValue, t.unit, t.direction, t.qualifier, t.extra]),
    ).toEqual(expectedTargets);
    for (const t of parsed.targets) {
      expect(lines[t.line - 1]).toBe(t.sourceLine);
      expect(t.sourceLine.startsWith(`- ${t.name}`)).toBe(true);
      expect(t.sourceRef).toBe(`II.${t.category} dòng ${t.ordinal}`);
      const againstPlan = t.qualifier?.includes('kế hoạch') ?? false;
      expect([t.minValue, t.maxValue]).toEqual(t.unit === '%' ? [0, againstPlan ? null : 100] : [null, null]);
    }
    expect(parsed.targets.filter((t) => t.direction === 'max').map((t) => t.code)).toEqual([
      '2.1.07',
      '2.1.08',
      '2.1.09',
    ]);
    // Budget revenue is a share of the town's plan: it may exceed 100 %.
    expect(parsed.targets.filter((t) => t.unit === '%' && t.maxValue === null).map((t) => t.code)).toEqual(['2.1.02']);
    const admission = parsed.targets.find((t) => t.code === '2.2.01')!;
    expect([admission.extraValue, admission.extraUnit]).toEqual([5, 'người/năm']);
    expect(parsed.targets.find((t) => t.code === '2.1.08')!).toMatchObject({
      sourceLine: '- Tỷ lệ hộ nghèo: 1,25%',
      line: 34,
      sourceRef: 'II.2.1 dòng 8',
    });
  });

  it('reads 8 task groups with 14 paragraphs, each task as written', () => {
    expect(parsed.taskGroups.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parsed.taskGroups.map((g) => g.tasks.length)).toEqual([1, 2, 2, 1, 5, 1, 1, 1]);
    for (const group of parsed.taskGroups) {
      for (const task of group.tasks) {
        expect(task.code).toBe(`III.${group.number}.${task.paragraph}`);
        expect(task.sourceRef).toBe(`III.${group.number} ¶${task.paragraph}`);
        let expected = lines[task.line - 1]!.replace(/^\d+\. /, '');
        if (task.code === 'III.3.2') expected += ` ${lines[task.line + 1]}`; // the page break
        if (task.code === 'III.5.1') expected = expected.replace(/\*/g, ''); // markdown emphasis
        expect(task.text).toBe(expected);
      }
      expect(group.tasks[0]!.text.startsWith(group.title)).toBe(true);
    }
  });

  it('joins the page break in III.3 into one paragraph', () => {
    const task = parsed.taskGroups[2]!.tasks[1]!;
    expect(task.code).toBe('III.3.2');
    expect(task.line).toBe(62);
    expect(task.text).toContain(
      'tỷ lệ hộ nghèo trên địa bàn phường giảm còn 1,45% (theo chuẩn nghèo giai đoạn 2021 - 2025)',
    );
    expect(task.text).toBe(
      'Thực hiện có hiệu quả các chính sách an sinh xã hội; quan tâm, tạo điều kiện thuận lợi cho người nghèo tiếp cận với mọi nguồn lực xã hội và thực hiện tốt phương châm "Nhà nước hỗ trợ, cộng đồng giúp đỡ, hộ nghèo vươn lên"; đồng thời, tập trung nguồn lực phấn đấu đến cuối năm 2023 tỷ lệ hộ nghèo trên địa bàn phường giảm còn 1,45% (theo chuẩn nghèo giai đoạn 2021 - 2025). Đẩy mạnh công tác phối hợp đào tạo nghề, giải quyết việc làm cho lao động phổ thông. Thực hiện tốt công tác quản lý nhà nước về tôn giáo, bảo đảm hoạt động của các tôn giáo tuân thủ đúng quy định của pháp luật và quyền tự do tín ngưỡng của Nhân dân.',
    );
  });

  it('keeps exact wording of single-paragraph groups and the titles', () => {
    const g6 = parsed.taskGroups[5]!;
    expect(g6.tasks[0]!.text).toBe(
      'Hội đồng nhân dân phường tiếp tục nâng cao hiệu lực, hiệu quả hoạt động, chất lượng công tác giám sát và tiếp xúc cử tri; kịp thời nắm bắt tình hình, dư luận xã hội; theo dõi, đôn đốc Ủy ban nhân dân phường trả lời và giải quyết kịp thời các ý kiến, kiến nghị của cử tri. Tổ chức tốt các kỳ họp theo luật định và giao ban định kỳ hằng quý. Phát huy tốt vai trò, chức năng, nhiệm vụ của các đại biểu hội đồng nhân dân phường.',
    );
    expect(parsed.taskGroups[0]!.title).toBe(
      'Tập trung quán triệt, triển khai thực hiện tốt Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020-2025.',
    );
    expect(parsed.taskGroups[3]!.title).toBe('Tổ chức thực hiện tốt các nhiệm vụ quốc phòng, an ninh theo kế hoạch.');
    const t51 = parsed.taskGroups[4]!.tasks[0]!.text;
    expect(t51).toContain('về đẩy mạnh xây dựng, chỉnh đốn Đảng');
    expect(t51).toContain('“tự diễn biến”, “tự chuyển hóa” trong nội bộ');
    expect(t51).not.toContain('*');
    expect(
      parsed.taskGroups[7]!.tasks[0]!.text.endsWith('Đại hội Hội Nông dân và công đoàn phường nhiệm kỳ 2023 - 2028.'),
    ).toBe(true);
  });

  it('reads the recipients and stops the tasks at "Nơi nhận:"', () => {
    expect(parsed.recipients).toEqual([
      'Thường trực Thị ủy,',
      'Ủy ban Kiểm tra Thị ủy,',
      'Hội đồng nhân dân, Ủy ban nhân dân phường,',
      'Mặt trận và các đoàn thể phường,',
      'Các chi bộ trực thuộc,',
      'Lưu Văn phòng Đảng ủy.',
    ]);
    expect(parsed.taskGroups.flatMap((g) => g.tasks).some((t) => t.text.includes('Nơi nhận'))).toBe(false);
  });

  it('reports the 1,25 % / 1,45 % poor-household conflict without changing either text', () => {
    const conflicts = parsed.warnings.filter((w) => w.code === 'figure-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.refs).toEqual(['2.1.08', 'III.3.2']);
    expect(conflicts[0]!.line).toBe(64);
    expect(conflicts[0]!.message).toContain('1,25%');
    expect(conflicts[0]!.message).toContain('1,45%');
    expect(conflicts[0]!.message).toContain('2.1.08');
    expect(conflicts[0]!.message).toContain('III.3.2');
    expect(parsed.targets.find((t) => t.code === '2.1.08')!.targetValue).toBe(1.25);
    expect(parsed.warnings).toHaveLength(1);
  });

  it('is pure: same text, same result; CRLF and a BOM read the same', () => {
    expect(parseResolution(source)).toEqual(parsed);
    const crlf = parseResolution(`\uFEFF${source.replace(/\n/g, '\r\n')}`);
    expect(crlf.targets).toEqual(parsed.targets);
    expect(crlf.taskGroups).toEqual(parsed.taskGroups);
  });
});

describe('parseResolution refuses what it cannot read', () => {
  it('a target line without a value', () => {
    const error = parseError(withLine(34, '- Tỷ lệ hộ nghèo:'));
    expect(error.issues).toEqual([{ line: 34, message: expect.stringContaining('Dòng 34') }]);
    expect(error.issues[0]!.message).toContain('không có giá trị');
    expect(error.issues[0]!.message).toContain('“- Tỷ lệ hộ nghèo:”');
  });

  it('an unknown unit', () => {
    const error = parseError(withLine(27, '- Tổng diện tích gieo trồng: 621 mẫu.'));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.line).toBe(27);
    expect(error.issues[0]!.message).toMatch(/^Dòng 27: .*“mẫu”.*“- Tổng diện tích gieo trồng: 621 mẫu\.”$/u);
  });

  it('a figure without a unit, and a dot-decimal figure', () => {
    expect(parseError(withLine(31, '- Tỷ lệ gia đình văn hóa: 89,61')).issues[0]!.message).toContain('thiếu đơn vị');
    expect(parseError(withLine(31, '- Tỷ lệ gia đình văn hóa: 89.61%')).issues[0]!.line).toBe(31);
  });

  it('a missing section III', () => {
    const error = parseError(withLine(lineOf('### III-'), ''));
    const missing = error.issues.find((i) => i.message.includes('thiếu mục III'));
    expect(missing).toBeDefined();
    expect(missing!.line).toBe(lineOf('Nơi nhận:'));
    expect(missing!.message).toContain('“Nơi nhận:”');
  });

  it('a missing 2.2', () => {
    const error = parseError(withLine(lineOf('### 2.2-'), ''));
    expect(error.issues).toEqual([
      {
        line: 52,
        message:
          'Dòng 52: thiếu mục 2.2 (chỉ tiêu về xây dựng Đảng) trước “### III- Một số nhiệm vụ và giải pháp năm 2023”',
      },
    ]);
  });

  it('a missing section I, II.1 or 2.1', () => {
    expect(
      parseError(withLine(11, ''))
        .issues.map((i) => i.message)
        .join('\n'),
    ).toContain('thiếu mục I ');
    expect(
      parseError(withLine(19, ''))
        .issues.map((i) => i.message)
        .join('\n'),
    ).toContain('thiếu mục II.1');
    expect(
      parseError(withLine(25, ''))
        .issues.map((i) => i.message)
        .join('\n'),
    ).toContain('thiếu mục 2.1');
  });

  it('no tasks, or groups out of order', () => {
    const end = lineOf('Nơi nhận:');
    const noTasks = lines.map((l, i) => (i >= 53 && i < end - 1 ? '' : l)).join('\n');
    expect(parseError(noTasks).issues).toEqual([
      { line: 52, message: expect.stringContaining('mục III không có nhiệm vụ nào') },
    ]);
    const skipped = withLine(66, lines[65]!.replace(/^4\./, '9.'));
    expect(parseError(skipped).issues[0]).toMatchObject({
      line: 66,
      message: expect.stringContaining('nhiệm vụ số 9'),
    });
  });

  it('an unknown heading or a section IV', () => {
    expect(parseError(withLine(44, '### **IV- Tổ chức thực hiện**')).issues[0]!.line).toBe(44);
    expect(parseError(withLine(44, '## Phụ lục')).issues[0]!.message).toContain('tiêu đề không nhận ra');
  });

  it('a document that is not a resolution', () => {
    expect(parseError('').issues[0]!.line).toBe(1);
    expect(parseError('Xin chào\n\nHôm nay trời đẹp.').issues[0]!.message).toContain('Nghị quyết');
  });
});

describe('target lines', () => {
  it('reads both forms, bound words and per-time extras', () => {
    expect(parseTargetText('Thu nhập bình quân đạt 60 triệu đồng/người')).toMatchObject({
      targetValue: 60,
      unit: 'triệu đồng/người',
    });
    expect(parseTargetText('Năng suất lúa: 60 tạ/ha')).toMatchObject({ unit: 'tạ/ha', qualifier: null });
    expect(parseTargetText('Số hộ: 60 hộ/xóm')).toEqual({ error: expect.stringContaining('đơn vị') });
    expect(parseTargetText('Giá trị sản xuất: 1.250,5 tỷ đồng')).toMatchObject({
      targetValue: 1250.5,
      unit: 'tỷ đồng',
      direction: 'min',
    });
    expect(parseTargetText('Tỷ lệ trẻ suy dinh dưỡng: dưới 5%')).toMatchObject({ targetValue: 5, direction: 'max' });
    expect(parseTargetText('Kết nạp đảng viên mới đạt 12 người (3 người/quý)')).toMatchObject({
      targetValue: 12,
      unit: 'người',
      extra: '3 người/quý',
      extraValue: 3,
      extraUnit: 'người/quý',
      minValue: null,
    });
  });

  it('recognises ceilings by rule, with floors that look alike', () => {
    expect(directionByRule('Tỷ lệ tăng dân số tự nhiên')).toBe('max');
    expect(directionByRule('Tỷ lệ hộ nghèo')).toBe('max');
    expect(directionByRule('Tỷ lệ hộ cận nghèo')).toBe('max');
    expect(directionByRule('Số vụ tai nạn giao thông')).toBe('max');
    expect(directionByRule('Tỷ lệ tham gia bảo hiểm thất nghiệp')).toBe('min');
    expect(directionByRule('Tỷ lệ thất nghiệp')).toBe('max');
    expect(directionByRule('Tỷ lệ giảm hộ nghèo')).toBe('min');
  });
});
