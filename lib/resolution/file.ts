// An uploaded or named file to text, guarded: .txt/.md must be UTF-8 text, .docx must be a Word
// document (read with mammoth's extractRawText), nothing over the size limit. Every refusal is a
// ResolutionReadError with a Vietnamese message the import page shows as it is.
//
// Line numbers of a .docx draft refer to the text mammoth extracts (`text` below), where every
// paragraph is followed by a blank line; they are not the lines of the .txt the document may have
// been typed from. The import page shows `text` beside the draft, so its lines are the ones that count.
import type { ResolutionDraft } from './draft';
import { ResolutionReadError } from './errors';
import { maxResolutionBytes, parseResolutionText, tooLargeMessage } from './parse-draft';

export type ResolutionFileFormat = 'txt' | 'md' | 'docx';
export type ResolutionFileText = { format: ResolutionFileFormat; text: string };
export type ParsedResolutionFile = ResolutionFileText & { draft: ResolutionDraft };

const signatures: { bytes: number[]; what: string }[] = [
  { bytes: [0xff, 0xd8, 0xff], what: 'một ảnh JPEG' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'một ảnh PNG' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'một ảnh GIF' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'một tệp PDF' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'một tệp Word cũ (.doc) — hãy mở bằng Word và lưu lại thành .docx' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'một tệp nén (zip, .docx, .xlsx…)' },
];

function sniff(bytes: Uint8Array): string | null {
  return signatures.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.what ?? null;
}

export function formatOf(fileName: string): ResolutionFileFormat | null {
  const ext = /\.([^./\\]+)$/u.exec(fileName.trim())?.[1]?.toLowerCase();
  return ext === 'txt' || ext === 'md' || ext === 'docx' ? ext : null;
}

/** The file's text, or a ResolutionReadError saying in Vietnamese why it is not one. */
export async function readResolutionFile(
  data: Uint8Array | ArrayBuffer,
  fileName: string,
): Promise<ResolutionFileText> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const format = formatOf(fileName);
  if (!format) {
    throw new ResolutionReadError(
      'unsupported-type',
      `Không đọc được tệp “${fileName}”: chỉ nhận tệp Word (.docx) hoặc văn bản (.txt, .md).`,
    );
  }
  if (bytes.length === 0) throw new ResolutionReadError('empty', `Tệp “${fileName}” trống (0 byte).`);
  if (bytes.length > maxResolutionBytes) throw new ResolutionReadError('too-large', tooLargeMessage());
  const looksLike = sniff(bytes);

  if (format === 'docx') {
    if (!looksLike?.startsWith('một tệp nén')) {
      throw new ResolutionReadError(
        'not-docx',
        `Tệp “${fileName}” không phải là tệp Word (.docx)${looksLike ? `: đây là ${looksLike}` : ''}.`,
      );
    }
    const text = await docxText(bytes, fileName);
    if (!text.trim()) throw new ResolutionReadError('empty', `Tệp Word “${fileName}” không có chữ nào.`);
    return { format, text };
  }

  if (looksLike) {
    throw new ResolutionReadError(
      'not-text',
      `Tệp “${fileName}” không phải là văn bản thuần (.${format}): đây là ${looksLike}.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ResolutionReadError(
      'not-text',
      `Tệp “${fileName}” không phải là văn bản mã hóa UTF-8; hãy lưu lại với mã UTF-8 hoặc tải lên tệp Word (.docx).`,
    );
  }
  // Control characters other than tab and line breaks: a binary file that happens to be valid UTF-8.
  if (/[\u0000-\u0008\u000e-\u001f]/u.test(text)) {
    throw new ResolutionReadError('not-text', `Tệp “${fileName}” chứa dữ liệu nhị phân, không phải văn bản.`);
  }
  if (!text.replace(/^\uFEFF/u, '').trim()) {
    throw new ResolutionReadError('empty', `Tệp “${fileName}” không có chữ nào.`);
  }
  return { format, text };
}

/** Reads a .txt, .md or .docx resolution into its draft; refuses with a ResolutionReadError. */
export async function parseResolutionFile(
  data: Uint8Array | ArrayBuffer,
  fileName: string,
): Promise<ParsedResolutionFile> {
  const file = await readResolutionFile(data, fileName);
  return { ...file, draft: parseResolutionText(file.text) };
}

async function docxText(bytes: Uint8Array, fileName: string): Promise<string> {
  // Loaded on demand: only the import page and the command read Word files.
  const mammoth = await import('mammoth');
  const extract = mammoth.extractRawText ?? (mammoth as unknown as { default: typeof mammoth }).default.extractRawText;
  let value: string;
  try {
    ({ value } = await extract({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch {
    throw new ResolutionReadError(
      'corrupt-docx',
      `Tệp “${fileName}” là tệp nén nhưng không phải văn bản Word đọc được (thiếu phần nội dung chính hoặc bị hỏng).`,
    );
  }
  // A small zip can unpack to a huge text; the limit holds for what is read, too.
  if (value.length > maxResolutionBytes) throw new ResolutionReadError('too-large', tooLargeMessage());
  return value;
}
