// What an evidence file really is, read from its first bytes (and, for zip-based office files,
// from the names inside), never from the name the user gave it. Anything else is refused.

export const evidenceMaxBytes = 10 * 1024 * 1024;

export type EvidenceKind = { mime: string; extension: string };

const pdf: EvidenceKind = { mime: 'application/pdf', extension: 'pdf' };
const png: EvidenceKind = { mime: 'image/png', extension: 'png' };
const jpeg: EvidenceKind = { mime: 'image/jpeg', extension: 'jpg' };
const gif: EvidenceKind = { mime: 'image/gif', extension: 'gif' };
const webp: EvidenceKind = { mime: 'image/webp', extension: 'webp' };
const docx: EvidenceKind = {
  mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
};
const xlsx: EvidenceKind = {
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
};
const pptx: EvidenceKind = {
  mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  extension: 'pptx',
};
const odt: EvidenceKind = { mime: 'application/vnd.oasis.opendocument.text', extension: 'odt' };
const ods: EvidenceKind = { mime: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods' };
const doc: EvidenceKind = { mime: 'application/msword', extension: 'doc' };
const xls: EvidenceKind = { mime: 'application/vnd.ms-excel', extension: 'xls' };
const ppt: EvidenceKind = { mime: 'application/vnd.ms-powerpoint', extension: 'ppt' };

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

/** Whether `needle` occurs in the bytes (zip entry names are stored as plain bytes). */
function contains(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

/** The kind of file the bytes hold, or null when it is not an accepted evidence type. */
export function sniffEvidence(bytes: Uint8Array, fileName = ''): EvidenceKind | null {
  if (startsWith(bytes, ascii('%PDF-'))) return pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpeg;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return gif;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZipOffice(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffLegacyOffice(fileName);
  return null;
}

// A zip is accepted only when it is an office document: OOXML names its parts, ODF stores
// its mimetype uncompressed as the first entry.
function sniffZipOffice(bytes: Uint8Array): EvidenceKind | null {
  if (startsWith(bytes, ascii('mimetypeapplication/vnd.oasis.opendocument.'), 30)) {
    if (startsWith(bytes, ascii('mimetypeapplication/vnd.oasis.opendocument.text'), 30)) return odt;
    if (startsWith(bytes, ascii('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 30)) return ods;
    return null;
  }
  if (!contains(bytes, '[Content_Types].xml')) return null;
  if (contains(bytes, 'word/document.xml')) return docx;
  if (contains(bytes, 'xl/workbook.xml')) return xlsx;
  if (contains(bytes, 'ppt/presentation.xml')) return pptx;
  return null;
}

// The old binary formats share one container (OLE2); its streams do not say which program made
// it without a full parse, so the (already verified) container plus the name picks the label.
function sniffLegacyOffice(fileName: string): EvidenceKind | null {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xls') return xls;
  if (ext === 'ppt') return ppt;
  return doc;
}

const kinds = [pdf, png, jpeg, gif, webp, docx, xlsx, pptx, odt, ods, doc, xls, ppt];

// Characters that change how a name is displayed without being seen: C0/C1 controls, the bidi
// embeddings, overrides and isolates (U+202E turns "fdp.hta" into "ath.pdf" on screen), the
// directional and zero-width marks, and the byte-order mark.
const invisible = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** The name's stem without path, invisible characters, header-breaking characters or extension. */
function safeStem(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').normalize('NFC').replace(invisible, '');
  const cleaned = base.replace(/["<>|:*?]/g, '').trim();
  const dot = cleaned.lastIndexOf('.');
  const stem = dot > 0 ? cleaned.slice(0, dot) : dot === 0 ? '' : cleaned;
  return stem
    .replace(/[.\s]+$/, '')
    .trim()
    .slice(0, 150);
}

/**
 * The name a file is stored and downloaded under: the stem the user gave, made safe to show and
 * to put in a header, with the extension of the type its CONTENT has (a PDF named ".hta" is
 * "….pdf"), so the name can never make a browser or a desktop treat it as something else.
 */
export function cleanFileName(name: string, kind: EvidenceKind): string {
  return `${safeStem(name) || 'minh-chung'}.${kind.extension}`;
}

/** The same for a stored row, from its stored type (rows written before names were typed too). */
export function downloadName(fileName: string, mime: string): string {
  const kind = kinds.find((k) => k.mime === mime) ?? { mime, extension: 'bin' };
  return cleanFileName(fileName, kind);
}
