// An uploaded or named file to text, guarded: .txt/.md must be UTF-8 text, .docx must be a Word
// document (read with mammoth, Word's automatic list numbers restored: docx-numbering.ts), nothing over the size limit. Every refusal is a
// ResolutionReadError with a Vietnamese message the import page shows as it is.
//
// Line numbers of a .docx draft refer to the text read from it (`text` below), where every
// paragraph is followed by a blank line; they are not the lines of the .txt the document may have
// been typed from. The import page shows `text` beside the draft, so its lines are the ones that count.
import type { ResolutionDraft } from './draft';
import { numberedParagraphs, type NumberedParagraph } from './docx-numbering';
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

/** mammoth's document model, as its transformDocument option hands it over (README, "Document transforms"). */
type DocElement = { type: string; value?: string; children?: DocElement[]; numbering?: { isOrdered: boolean } | null };

/**
 * The text of the document as mammoth's extractRawText gives it (each paragraph followed by a
 * blank line), with Word's automatic list numbers written before their paragraphs, when the
 * numbered paragraphs read from the numbering definitions match mammoth's one for one.
 */
function documentText(root: DocElement, labels: NumberedParagraph[] | null): string {
  const numbered: DocElement[] = [];
  const collect = (e: DocElement) => {
    if (e.type === 'paragraph' && e.numbering) numbered.push(e);
    e.children?.forEach(collect);
  };
  collect(root);
  const agree =
    labels !== null &&
    labels.length === numbered.length &&
    labels.every((l, i) => l.ordered === numbered[i]!.numbering!.isOrdered);
  const prefixes = new Map(agree ? numbered.map((p, i) => [p, labels[i]!.label] as const) : []);
  const text = (e: DocElement): string => {
    if (e.type === 'text') return e.value ?? '';
    if (e.type === 'tab') return '\t';
    const inner = (e.children ?? []).map(text).join('');
    if (e.type !== 'paragraph') return inner;
    const label = prefixes.get(e);
    return `${label ? `${label} ` : ''}${inner}\n\n`;
  };
  return text(root);
}

async function docxText(bytes: Uint8Array, fileName: string): Promise<string> {
  // Loaded on demand: only the import page and the command read Word files.
  const mammoth = await import('mammoth');
  const convert = mammoth.convertToHtml ?? (mammoth as unknown as { default: typeof mammoth }).default.convertToHtml;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const read: { document?: DocElement } = {};
  try {
    await convert({ buffer }, { transformDocument: (d: DocElement) => (read.document = d) });
  } catch {
    // Not a Word document mammoth can read: refused below.
  }
  if (!read.document) {
    throw new ResolutionReadError(
      'corrupt-docx',
      `Tệp “${fileName}” là tệp nén nhưng không phải văn bản Word đọc được (thiếu phần nội dung chính hoặc bị hỏng).`,
    );
  }
  // Numbers that cannot be worked out leave the text as mammoth reads it (the reader then says
  // which lines it could not place).
  const labels = await numberedParagraphs(bytes).catch(() => null);
  const value = documentText(read.document, labels);
  // A small zip can unpack to a huge text; the limit holds for what is read, too.
  if (value.length > maxResolutionBytes) throw new ResolutionReadError('too-large', tooLargeMessage());
  return value;
}
