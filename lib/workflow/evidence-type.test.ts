import { describe, expect, it } from 'vitest';
import { cleanFileName, downloadName, sniffEvidence } from './evidence-type';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(Buffer.from(p, 'latin1')) : p)));

const zipHeader = [0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0)];

describe('evidence type by content', () => {
  it('recognises PDF and images whatever their name', () => {
    expect(sniffEvidence(bytes('%PDF-1.7\n...'), 'anh.png')?.mime).toBe('application/pdf');
    expect(sniffEvidence(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'x.pdf')?.mime).toBe('image/png');
    expect(sniffEvidence(bytes([0xff, 0xd8, 0xff, 0xe0]), '')?.mime).toBe('image/jpeg');
    expect(sniffEvidence(bytes('GIF89a..'))?.mime).toBe('image/gif');
    expect(sniffEvidence(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))?.mime).toBe('image/webp');
  });

  it('accepts a zip only when it is an office document', () => {
    expect(sniffEvidence(bytes(zipHeader, '[Content_Types].xml ... word/document.xml'))?.extension).toBe('docx');
    expect(sniffEvidence(bytes(zipHeader, '[Content_Types].xml ... xl/workbook.xml'))?.extension).toBe('xlsx');
    expect(sniffEvidence(bytes(zipHeader, '[Content_Types].xml ... ppt/presentation.xml'))?.extension).toBe('pptx');
    expect(sniffEvidence(bytes(zipHeader, 'mimetypeapplication/vnd.oasis.opendocument.text'))?.extension).toBe('odt');
    expect(sniffEvidence(bytes(zipHeader, 'payload.exe'), 'bao-cao.docx')).toBeNull();
    expect(sniffEvidence(bytes(zipHeader, '[Content_Types].xml only'), 'bao-cao.docx')).toBeNull();
  });

  it('labels an old binary office file by its name once the container is verified', () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0];
    expect(sniffEvidence(bytes(ole), 'so-lieu.XLS')?.mime).toBe('application/vnd.ms-excel');
    expect(sniffEvidence(bytes(ole), 'bao-cao.doc')?.mime).toBe('application/msword');
  });

  it('refuses scripts, HTML, executables and empty files even when named like a PDF', () => {
    expect(sniffEvidence(bytes('<html><script>alert(1)</script>'), 'bao-cao.pdf')).toBeNull();
    expect(sniffEvidence(bytes('MZ\x90\x00'), 'anh.jpg')).toBeNull();
    expect(sniffEvidence(bytes('<svg onload=alert(1)>'), 'anh.svg')).toBeNull();
    expect(sniffEvidence(new Uint8Array(0), 'x.pdf')).toBeNull();
    expect(sniffEvidence(bytes('%PD'), 'x.pdf')).toBeNull();
  });
});

describe('file names', () => {
  const pdf = { mime: 'application/pdf', extension: 'pdf' };
  it('keeps Vietnamese names and drops paths and control characters', () => {
    expect(cleanFileName('C:\\Users\\a\\Báo cáo quý 1.pdf', pdf)).toBe('Báo cáo quý 1.pdf');
    expect(cleanFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(cleanFileName('a\u0000b"\r\n.pdf', pdf)).toBe('ab.pdf');
    expect(cleanFileName('', pdf)).toBe('minh-chung.pdf');
    expect(cleanFileName('.htaccess', pdf)).toBe('minh-chung.pdf');
  });

  it('names the file by its sniffed type: the stem kept, the extension from the content', () => {
    expect(cleanFileName('bao-cao.hta', pdf)).toBe('bao-cao.pdf');
    expect(cleanFileName('bao-cao.PDF', pdf)).toBe('bao-cao.pdf');
    expect(cleanFileName('so-lieu.pdf.exe', pdf)).toBe('so-lieu.pdf.pdf');
    expect(cleanFileName('anh', { mime: 'image/png', extension: 'png' })).toBe('anh.png');
    expect(cleanFileName('trailing. . ', pdf)).toBe('trailing.pdf');
  });

  it('strips bidi overrides, invisible marks and control characters that disguise an extension', () => {
    expect(cleanFileName('Biên bản \u202Efdp.hta', pdf)).toBe('Biên bản fdp.pdf');
    expect(cleanFileName('x\u202Dy\u2066z\u2069\u200E\u200F\u061C.pdf', pdf)).toBe('xyz.pdf');
    expect(cleanFileName('a\u0085b\u009fc\u200Bd\uFEFF.pdf', pdf)).toBe('abcd.pdf');
    expect(cleanFileName('\u202E.pdf', pdf)).toBe('minh-chung.pdf');
  });

  it('keeps a download name safe for old rows too (served by their stored type)', () => {
    expect(downloadName('bao-cao.hta', 'application/pdf')).toBe('bao-cao.pdf');
    expect(downloadName('x\u202Egpj.exe', 'image/jpeg')).toBe('xgpj.jpg');
    expect(downloadName('Báo cáo.pdf', 'application/octet-stream')).toBe('Báo cáo.bin');
  });
});
