// Small text helpers for reading a Vietnamese resolution written in light markdown.

/** Number as the resolution writes it: decimal comma, optional dot thousands ("1.234,5"). */
export const viNumberPattern = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

/** "89,61" → 89.61; "1.234,5" → 1234.5. */
export function parseViNumber(written: string): number {
  return Number(written.replace(/\./g, '').replace(',', '.'));
}

/** 1.25 → "1,25" — the form the document uses, for messages. */
export function formatViNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** "ngày 27 tháng 12 năm 2022" or "ngày 27/12/2022" → "2022-12-27" (null when absent or not a real date). */
export function parseViDate(text: string): string | null {
  const m =
    /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(text) ??
    /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/u.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * Removes markdown emphasis (`**bold**`, `*italic*`) but keeps the words and every other
 * character, quotes included. A lone asterisk that does not open and close a span stays.
 */
export function stripEmphasis(text: string): string {
  return text
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/gu, '$1')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2');
}

/** A heading is a `#` line or a line wholly wrapped in `*`/`**` emphasis. */
export function headingText(line: string): string | null {
  const t = line.trim();
  if (t.startsWith('#')) return stripEmphasis(t.replace(/^#+\s*/, '')).trim();
  if (/^\*{1,3}[^*].*[^*]\*{1,3}$/u.test(t) && stripEmphasis(t) !== t) {
    return stripEmphasis(t).trim();
  }
  return null;
}

/** A list item "- …" (also "– …", "• …"); returns the item text or null. */
export function listItemText(line: string): string | null {
  const m = /^\s*[-–•]\s+(.*\S)\s*$/u.exec(line);
  return m ? m[1]! : null;
}

/** The first sentence, with its closing mark: ends at . ! ? before a capital letter or the end. */
export function firstSentence(text: string): string {
  const m = /[.!?…](?=\s+[\p{Lu}\p{N}“"(]|\s*$)/u.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}

/** Splits text into sentences (same rule as firstSentence); offsets point into `text`. */
export function sentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[.!?…](?=\s+[\p{Lu}\p{N}“"(]|\s*$)/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, text: text.slice(start, m.index + 1) });
    start = m.index + 1;
    while (start < text.length && /\s/u.test(text[start]!)) start++;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}

const isAllCaps = (s: string) => /\p{Lu}/u.test(s) && s === s.toLocaleUpperCase('vi');

/**
 * Normalises ALL CAPS title lines to the casing the document itself uses for the same words:
 * "CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG KHÓA XV" → "của Ban Chấp hành Đảng bộ phường khóa XV",
 * because the body writes "…của Ban Chấp hành Đảng bộ…" and "…Đảng bộ phường khóa XV…".
 * Runs of words are matched greedily, longest first; a word found nowhere is lower-cased
 * unless it is a Roman numeral. The result starts with a capital letter.
 */
export function normaliseCapsTitle(titleLines: string[], fullBody: string): string {
  // The opening and the first sections name the body; the rest of a long document adds nothing.
  const body = fullBody.slice(0, 30_000);
  const bodyLower = body.toLocaleLowerCase('vi');
  const out: string[] = [];
  for (const line of titleLines) {
    if (!isAllCaps(line)) {
      out.push(line);
      continue;
    }
    const words = line.split(/\s+/u).filter(Boolean);
    let i = 0;
    while (i < words.length) {
      let taken = 0;
      for (let j = Math.min(words.length, i + 12); j > i && !taken; j--) {
        const found = findCased(words.slice(i, j).join(' '), body, bodyLower);
        if (found) {
          out.push(found);
          taken = j - i;
        }
      }
      if (!taken) {
        const w = words[i]!;
        out.push(/^[IVXLC]+$/u.test(w) ? w : w.toLocaleLowerCase('vi'));
        taken = 1;
      }
      i += taken;
    }
  }
  const joined = out.join(' ');
  return joined.charAt(0).toLocaleUpperCase('vi') + joined.slice(1);
}

/** The body's own spelling of `phrase` (case-insensitive, whole words), or null. */
function findCased(phrase: string, body: string, bodyLower: string): string | null {
  const needle = phrase.toLocaleLowerCase('vi');
  for (let at = bodyLower.indexOf(needle); at >= 0; at = bodyLower.indexOf(needle, at + 1)) {
    const before = at === 0 ? ' ' : bodyLower[at - 1]!;
    const after = bodyLower[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
      return body.slice(at, at + needle.length);
    }
  }
  return null;
}

/** The line as the error message quotes it (long lines shortened). */
export function quoteLine(line: string): string {
  const t = line.trim();
  return `“${t.length > 90 ? `${t.slice(0, 87)}…` : t}”`;
}
