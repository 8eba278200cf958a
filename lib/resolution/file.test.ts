// Bad uploads: each is refused with a typed ResolutionReadError whose Vietnamese message the
// import page can show as it is; nothing else is thrown.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolutionDocx } from '../../test/fixtures/resolution-docx';
import {
  maxResolutionBytes,
  parseResolutionFile,
  parseResolutionText,
  ResolutionParseError,
  ResolutionReadError,
  type ResolutionReadErrorCode,
} from './index';

const source2023 = readFileSync(path.join(__dirname, '../../db/seed/resolutions/2023.txt'), 'utf8');
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]);
const notAResolution = 'BIÊN BẢN\n\nHọp chi bộ khu phố 3 ngày 05 tháng 01 năm 2024.\n\nNội dung: bầu tổ trưởng.\n';

async function refusal(run: () => Promise<unknown> | unknown): Promise<ResolutionReadError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ResolutionReadError);
    const e = error as ResolutionReadError;
    // A sentence in Vietnamese, not an exception's English.
    expect(e.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu);
    return e;
  }
  throw new Error('expected a ResolutionReadError');
}

const bad: [string, () => Promise<unknown> | unknown, ResolutionReadErrorCode, RegExp][] = [
  ['an empty .docx', () => parseResolutionFile(Buffer.alloc(0), 'nq.docx'), 'empty', /trống/u],
  ['an empty .txt', () => parseResolutionFile(Buffer.alloc(0), 'nq.txt'), 'empty', /trống/u],
  ['a .txt of blank lines', () => parseResolutionFile(Buffer.from('\n \n\t\n'), 'nq.txt'), 'empty', /không có chữ/u],
  ['empty pasted text', () => parseResolutionText('  \n '), 'empty', /trống/u],
  [
    'a JPEG renamed to .docx',
    () => parseResolutionFile(jpeg, 'nghi-quyet.docx'),
    'not-docx',
    /không phải là tệp Word.*ảnh JPEG/su,
  ],
  [
    'an old Word .doc renamed to .docx',
    () => parseResolutionFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'nq.docx'),
    'not-docx',
    /lưu lại thành \.docx/u,
  ],
  [
    'a JPEG renamed to .txt',
    () => parseResolutionFile(jpeg, 'nghi-quyet.txt'),
    'not-text',
    /không phải là văn bản thuần.*ảnh JPEG/su,
  ],
  [
    'a text that is not UTF-8',
    () => parseResolutionFile(Buffer.from('Ngh\xec quy\xeat', 'latin1'), 'nq.txt'),
    'not-text',
    /UTF-8/u,
  ],
  [
    'a file over the size limit',
    () => parseResolutionFile(Buffer.alloc(maxResolutionBytes + 1, 0x61), 'nq.txt'),
    'too-large',
    /quá lớn.*5 MB/su,
  ],
  [
    'pasted text over the size limit',
    () => parseResolutionText('Nghị quyết '.repeat(maxResolutionBytes / 10)),
    'too-large',
    /quá lớn/u,
  ],
  ['a PDF', () => parseResolutionFile(Buffer.from('%PDF-1.7'), 'nq.pdf'), 'unsupported-type', /\.docx.*\.txt/su],
  ['a text that is not a resolution', () => parseResolutionText(notAResolution), 'not-resolution', /Nghị quyết/u],
  [
    'a letter that names a resolution but has none of its sections',
    () => parseResolutionText('Nghị quyết năm 2024\n\nHội nghị lần thứ 2 Ban Chấp hành Đảng bộ phường khóa XV họp.\n'),
    'not-resolution',
    /thiếu mục I /u,
  ],
  [
    'a title far longer than a title',
    () =>
      parseResolutionText(
        source2023.replace('về chỉ tiêu, nhiệm vụ năm 2023', `về ${'chỉ tiêu, '.repeat(60)}năm 2023`),
      ),
    'not-resolution',
    /tiêu đề dài hơn 400 ký tự/u,
  ],
  [
    'more target lines than any resolution has',
    () => parseResolutionText(source2023.replace('- Tỷ lệ hộ nghèo: 1,25%', '- Tỷ lệ hộ nghèo: 1,25%\n'.repeat(200))),
    'unreadable-structure',
    /hơn 200 dòng chỉ tiêu/u,
  ],
];

describe('bad uploads are refused with a clear message', () => {
  it.each(bad)('%s', async (_what, run, code, message) => {
    const error = await refusal(run);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('a zip that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('word/ghi-chu.txt', 'không phải văn bản Word');
    const error = await refusal(async () =>
      parseResolutionFile(await zip.generateAsync({ type: 'nodebuffer' }), 'nq.docx'),
    );
    expect(error.code).toBe('corrupt-docx');
    expect(error.message).toContain('không phải văn bản Word');
  });

  it('a Word document that is not a resolution', async () => {
    const error = await refusal(async () => parseResolutionFile(await resolutionDocx(notAResolution), 'bien-ban.docx'));
    expect(error.code).toBe('not-resolution');
  });

  it('a resolution with a section missing names the line', async () => {
    const broken = source2023.replace('### III- Một số nhiệm vụ và giải pháp năm 2023', '');
    const error = await refusal(() => parseResolutionText(broken));
    expect(error).toBeInstanceOf(ResolutionParseError);
    expect(error.code).toBe('unreadable-structure');
    expect(error.issues.some((i) => i.line === 84 && i.message.includes('thiếu mục III'))).toBe(true);
  });
});

describe('what can be read is read', () => {
  it('a target line it cannot read becomes an empty target with a warning, the rest reads', () => {
    const draft = parseResolutionText(source2023.replace('- Tỷ lệ hộ nghèo: 1,25%', '- 1,25%'));
    const target = draft.targets.find((t) => t.code === '2.1.08')!;
    expect(target).toMatchObject({ targetValue: null, unit: null, direction: null, line: 34, sourceLine: '- 1,25%' });
    expect(target.warnings).toEqual([
      {
        code: 'unreadable-line',
        line: 34,
        lines: [34],
        refs: ['2.1.08'],
        message: 'Dòng 34: không đọc được chỉ tiêu (dòng không có tên chỉ tiêu, chỉ có số) — cần nhập tay.',
      },
    ]);
    expect(draft.warnings).toContainEqual(target.warnings[0]);
    expect(draft.targets).toHaveLength(19);
  });

  it('a target line longer than any target is not read, and says so', () => {
    const draft = parseResolutionText(source2023.replace('- Tỷ lệ hộ nghèo: 1,25%', `- Tỷ lệ ${'1,2 '.repeat(150)}`));
    const target = draft.targets.find((t) => t.code === '2.1.08')!;
    expect(target).toMatchObject({ targetValue: null, direction: null });
    expect(target.warnings[0]!.message).toContain('dài hơn 500 ký tự');
  });

  it('a .md file, a BOM and CRLF read like the .txt', async () => {
    const md = await parseResolutionFile(Buffer.from(`\uFEFF${source2023.replace(/\n/gu, '\r\n')}`), 'NQ-2023.MD');
    expect(md.format).toBe('md');
    expect(md.draft).toEqual(parseResolutionText(source2023));
  });

  it('an ArrayBuffer is read like a Buffer', async () => {
    const bytes = new TextEncoder().encode(source2023);
    const file = await parseResolutionFile(bytes.buffer, 'nq.txt');
    expect(file.draft.targets).toHaveLength(19);
  });
});
