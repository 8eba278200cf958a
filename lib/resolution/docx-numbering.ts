// Word's automatic numbering ("I-", "1.", "2.1.", "a)") is not text in the document: Word draws it
// from word/numbering.xml, and mammoth's text leaves it out. A resolution typed with Word's
// numbered lists would lose the numbers its structure is read by (section III's "1.", "2." …).
// This reads the numbering definitions and works out, in document order, the label Word shows
// before each numbered paragraph, so that the text can carry it as if it had been typed.
//
// The model is Word's: a counter per list instance (w:num) and level, starting at the level's
// w:start (or the instance's w:startOverride), a deeper level restarting when a shallower one
// moves on, the label made from w:lvlText with %1…%9 replaced by each level's counter in its
// w:numFmt. Numbering can come from the paragraph (w:numPr) or from its paragraph style.
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** One numbered paragraph of the body, in order: its level, whether it is ordered, and its label. */
export type NumberedParagraph = { level: number; ordered: boolean; label: string };

type Level = { format: string; text: string; start: number };
type ListInstance = { levels: Map<number, Level>; startOverrides: Map<number, number> };
type NumberingRef = { numId: string | null; level: number | null };

type XmlElement = {
  getAttributeNS(ns: string, name: string): string | null;
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<XmlElement>;
  childNodes: ArrayLike<{ nodeType: number; namespaceURI?: string | null; localName?: string | null }>;
};

/** An element's w:val. */
const val = (el: XmlElement | null) => el?.getAttributeNS(W, 'val') || null;

/** The direct child `w:name` of an element (not a descendant: a table cell's paragraphs have their own). */
function child(el: XmlElement | null, name: string): XmlElement | null {
  if (!el) return null;
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 1 && node.namespaceURI === W && node.localName === name) return node as unknown as XmlElement;
  }
  return null;
}

function numberingRef(pPr: XmlElement | null): NumberingRef {
  const numPr = child(pPr, 'numPr');
  const level = val(child(numPr, 'ilvl'));
  return { numId: val(child(numPr, 'numId')), level: level === null ? null : Number(level) };
}

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of parts) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past Z: AA, BB, …
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a level's w:numFmt; a format this does not know is drawn as a decimal, as Word falls back. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

function readLists(numberingXml: string | null): Map<string, ListInstance> {
  const lists = new Map<string, ListInstance>();
  if (!numberingXml) return lists;
  const root = new DOMParser().parseFromString(numberingXml, 'text/xml') as unknown as XmlElement;
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of Array.from(root.getElementsByTagNameNS(W, 'abstractNum'))) {
    const levels = new Map<number, Level>();
    for (const lvl of Array.from(abstract.getElementsByTagNameNS(W, 'lvl'))) {
      levels.set(Number(lvl.getAttributeNS(W, 'ilvl') || 0), {
        format: val(child(lvl, 'numFmt')) ?? 'decimal',
        text: val(child(lvl, 'lvlText')) ?? '',
        start: Number(val(child(lvl, 'start')) ?? 1),
      });
    }
    abstracts.set(abstract.getAttributeNS(W, 'abstractNumId') || '', levels);
  }
  for (const num of Array.from(root.getElementsByTagNameNS(W, 'num'))) {
    const startOverrides = new Map<number, number>();
    for (const override of Array.from(num.getElementsByTagNameNS(W, 'lvlOverride'))) {
      const start = val(child(override, 'startOverride'));
      if (start !== null) startOverrides.set(Number(override.getAttributeNS(W, 'ilvl') || 0), Number(start));
    }
    const levels = abstracts.get(val(child(num, 'abstractNumId')) ?? '');
    if (levels) lists.set(num.getAttributeNS(W, 'numId') || '', { levels, startOverrides });
  }
  return lists;
}

function readStyleNumbering(stylesXml: string | null): Map<string, NumberingRef> {
  const styles = new Map<string, NumberingRef>();
  if (!stylesXml) return styles;
  const root = new DOMParser().parseFromString(stylesXml, 'text/xml') as unknown as XmlElement;
  for (const style of Array.from(root.getElementsByTagNameNS(W, 'style'))) {
    const ref = numberingRef(child(style, 'pPr'));
    if (ref.numId !== null) styles.set(style.getAttributeNS(W, 'styleId') || '', ref);
  }
  return styles;
}

/**
 * Every numbered paragraph of the document body, in order, with the label Word draws before it
 * ('' for a bullet: its mark is not a number the reader needs). Null when the file has no
 * numbering at all.
 */
export async function numberedParagraphs(docx: Uint8Array): Promise<NumberedParagraph[] | null> {
  const zip = await JSZip.loadAsync(docx);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve(null);
  const [documentXml, numberingXml, stylesXml] = await Promise.all([
    read('word/document.xml'),
    read('word/numbering.xml'),
    read('word/styles.xml'),
  ]);
  if (!documentXml || !numberingXml) return null;
  const lists = readLists(numberingXml);
  const styles = readStyleNumbering(stylesXml);
  const counters = new Map<string, (number | undefined)[]>();
  const body = new DOMParser().parseFromString(documentXml, 'text/xml') as unknown as XmlElement;
  const out: NumberedParagraph[] = [];
  for (const p of Array.from(body.getElementsByTagNameNS(W, 'p'))) {
    const pPr = child(p, 'pPr');
    const own = numberingRef(pPr);
    const style = styles.get(val(child(pPr, 'pStyle')) ?? '');
    const numId = own.numId ?? style?.numId ?? null;
    const level = own.level ?? style?.level ?? 0;
    const list = numId === null || numId === '0' ? undefined : lists.get(numId);
    const definition = list?.levels.get(level);
    if (!list || !definition) continue;
    const startOf = (l: number) => list.startOverrides.get(l) ?? list.levels.get(l)?.start ?? 1;
    const count = counters.get(numId!) ?? [];
    count[level] = count[level] === undefined ? startOf(level) : count[level]! + 1;
    for (let deeper = level + 1; deeper < count.length; deeper++) count[deeper] = undefined;
    counters.set(numId!, count);
    const ordered = definition.format !== 'bullet';
    const label =
      ordered && definition.format !== 'none'
        ? definition.text.replace(/%([1-9])/g, (_, n: string) => {
            const l = Number(n) - 1;
            return formatNumber(count[l] ?? startOf(l), list.levels.get(l)?.format ?? 'decimal');
          })
        : '';
    out.push({ level, ordered, label });
  }
  return out;
}
