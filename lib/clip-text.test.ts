import { describe, expect, it } from 'vitest';
import { clipText } from './clip-text';

describe('clipText', () => {
  it('keeps a text that fits, exactly', () => {
    expect(clipText('Tỷ lệ hộ nghèo', 14)).toBe('Tỷ lệ hộ nghèo');
  });

  it('cuts at the last word boundary before the limit, drops trailing punctuation, adds an ellipsis', () => {
    const text =
      'Thực hiện có hiệu quả các chính sách an sinh xã hội; quan tâm, tạo điều kiện thuận lợi cho người nghèo';
    expect(clipText(text, 60)).toBe('Thực hiện có hiệu quả các chính sách an sinh xã hội; quan…');
    expect(clipText(text, 54)).toBe('Thực hiện có hiệu quả các chính sách an sinh xã hội…');
    expect(clipText(text, 60).length).toBeLessThanOrEqual(60);
  });

  it('cuts inside one long word without splitting a letter from its accent (decomposed text)', () => {
    const word = 'nghe\u0302\u0323'.repeat(10); // "nghệ" written as e + two combining marks
    const clipped = clipText(word, 8);
    expect(clipped.endsWith('…')).toBe(true);
    expect(/\p{M}…$/u.test(clipped)).toBe(false);
    expect(clipped.length).toBeLessThanOrEqual(8);
  });
});
