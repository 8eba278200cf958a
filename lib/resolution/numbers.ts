// Numbers as Vietnamese documents write them: decimal comma ("89,61"), thousands dots ("1.250"),
// sometimes a decimal point ("89.61"), leading zeros ("05"). What could be read two ways is read
// the Vietnamese way and said to be unsure.

/** A written number: digits with "." or "," between groups. */
export const numberPattern = String.raw`\d+(?:[.,]\d+)*`;

export type ReadNumber = { value: number; unsure: string | null };

export function readNumber(written: string): ReadNumber | null {
  const dots = written.split('.').length - 1;
  const commas = written.split(',').length - 1;
  const groupsOf3 = (sep: string) =>
    written
      .split(sep)
      .slice(1)
      .every((g) => g.length === 3);
  if (!dots && !commas) return { value: Number(written), unsure: null };
  if (dots && commas) {
    const lastComma = written.lastIndexOf(',');
    const lastDot = written.lastIndexOf('.');
    if (lastComma > lastDot && groupsOf3Before(written, '.', lastComma)) {
      return { value: Number(written.replace(/\./gu, '').replace(',', '.')), unsure: null };
    }
    if (lastDot > lastComma && groupsOf3Before(written, ',', lastDot)) {
      return {
        value: Number(written.replace(/,/gu, '')),
        unsure: `số “${written}” viết theo kiểu tiếng Anh (dấu phẩy ngăn nghìn, dấu chấm thập phân)`,
      };
    }
    return null;
  }
  if (dots) {
    // "1.250" and "12.000.000" are thousands; "89.61" a decimal point.
    if (groupsOf3('.')) return { value: Number(written.replace(/\./gu, '')), unsure: null };
    return dots === 1 ? { value: Number(written), unsure: null } : null;
  }
  if (commas === 1) return { value: Number(written.replace(',', '.')), unsure: null };
  if (groupsOf3(',')) {
    return {
      value: Number(written.replace(/,/gu, '')),
      unsure: `số “${written}” viết theo kiểu tiếng Anh (dấu phẩy ngăn nghìn)`,
    };
  }
  return null;
}

function groupsOf3Before(written: string, sep: string, end: number): boolean {
  return written
    .slice(0, end)
    .split(sep)
    .slice(1)
    .every((g) => g.length === 3);
}

/** 1.25 → "1,25"; 1250 → "1.250": the document's own way, for messages. */
export function formatVi(value: number): string {
  const [int, frac] = String(value).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  return frac ? `${grouped},${frac}` : grouped;
}
