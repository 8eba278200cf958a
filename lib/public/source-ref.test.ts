import { describe, expect, it } from 'vitest';
import { formatSourceRef } from './source-ref';

describe('formatSourceRef', () => {
  it('names a target by its rank in its section, not as a line number', () => {
    expect(formatSourceRef('II.2.1 dòng 10', 'vi')).toBe('mục II.2.1, chỉ tiêu thứ 10');
    expect(formatSourceRef('II.2.2 dòng 1', 'en')).toBe('section II.2.2, target no. 1');
  });
  it('names a task by its paragraph', () => {
    expect(formatSourceRef('III.3 ¶2', 'vi')).toBe('mục III.3, đoạn thứ 2');
    expect(formatSourceRef('III.8 ¶1', 'en')).toBe('section III.8, paragraph 1');
  });
  it('shows any other reference as stored', () => {
    expect(formatSourceRef('II.1', 'vi')).toBe('mục II.1');
  });
});
