import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { formatNumber, numberedParagraphs } from './docx-numbering';

describe('formatNumber', () => {
  it('draws a counter in the level format Word names', () => {
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(14, 'lowerRoman')).toBe('xiv');
    expect(formatNumber(2, 'upperLetter')).toBe('B');
    expect(formatNumber(27, 'lowerLetter')).toBe('aa');
    expect(formatNumber(3, 'decimalZero')).toBe('03');
    expect(formatNumber(12, 'decimal')).toBe('12');
    expect(formatNumber(5, 'ordinalText')).toBe('5');
  });
});

describe('numberedParagraphs', () => {
  const levels = [
    { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1-', alignment: AlignmentType.LEFT },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
  ];
  const item = (text: string, level: number, instance = 0) =>
    new Paragraph({ text, numbering: { reference: 'outline', level, instance } });

  it('counts per level, restarts a deeper level under the next item and continues across plain paragraphs', async () => {
    const doc = new Document({
      numbering: {
        config: [
          { reference: 'outline', levels },
          { reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-' }] },
        ],
      },
      sections: [
        {
          children: [
            item('Đánh giá', 0),
            item('Kinh tế', 1),
            new Paragraph({ text: 'một đoạn văn giữa hai mục' }),
            item('Xã hội', 1),
            new Paragraph({ text: 'Gạch đầu dòng', numbering: { reference: 'dash', level: 0 } }),
            item('Mục tiêu', 0),
            item('Chỉ tiêu', 1),
            // A list restarted in Word ("Restart at 1"): a new instance of the same list.
            item('Lại từ đầu', 0, 1),
          ],
        },
      ],
    });
    const found = await numberedParagraphs(new Uint8Array(await Packer.toBuffer(doc)));
    expect(found).toEqual([
      { level: 0, ordered: true, label: 'I-' },
      { level: 1, ordered: true, label: 'I.1.' },
      { level: 1, ordered: true, label: 'I.2.' },
      { level: 0, ordered: false, label: '' },
      { level: 0, ordered: true, label: 'II-' },
      { level: 1, ordered: true, label: 'II.1.' },
      { level: 0, ordered: true, label: 'I-' },
    ]);
  });
});
