import { describe, expect, it } from 'vitest';
import { assessment, compareWithTarget, lead, viLongDate } from './report-text';

describe('report wording', () => {
  it('compares a floor as a share of the target', () => {
    expect(compareWithTarget(640.5, 621, 'ha', 'min')).toBe('103,1\u00a0% chỉ tiêu');
    expect(compareWithTarget(40, 80, '%', 'min')).toBe('50\u00a0% chỉ tiêu');
    expect(compareWithTarget(null, 80, '%', 'min')).toBe('—');
  });

  it('compares a ceiling by the distance to it, in percentage points for rates', () => {
    expect(compareWithTarget(1.41, 1.25, '%', 'max')).toBe('vượt mức trần 0,16 điểm %');
    expect(compareWithTarget(1.15, 1.25, '%', 'max')).toBe('thấp hơn mức trần 0,1 điểm %');
    expect(compareWithTarget(1.25, 1.25, '%', 'max')).toBe('bằng mức trần');
  });

  it('judges met or not in words', () => {
    expect(assessment('met')).toBe('Đạt');
    expect(assessment('not_met')).toBe('Không đạt');
    expect(assessment('no_data')).toBe('Chưa có số liệu');
  });

  it('writes dates and leads the Vietnamese way', () => {
    expect(viLongDate('2023-07-05')).toBe('ngày 05 tháng 07 năm 2023');
    expect(lead('Tăng cường quản lý. Xử lý nghiêm.')).toBe('Tăng cường quản lý.');
    expect(lead('a '.repeat(200), 50).endsWith(' …')).toBe(true);
  });
});
