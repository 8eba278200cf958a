import { describe, expect, it } from 'vitest';
import { nameSimilarity, nameTokens, proposeLinks } from './similarity';

describe('nameTokens', () => {
  it('keeps the words that say what is measured, with their marks', () => {
    expect(nameTokens('Tỷ lệ hộ nghèo')).toEqual(['hộ', 'nghèo']);
    expect(nameTokens('Tỷ lệ tham gia bảo hiểm y tế: 91,01%')).toEqual(['tham', 'gia', 'bảo', 'hiểm', 'y', 'tế']);
  });
});

describe('nameSimilarity', () => {
  it('is 1 for the same name and 0 for names with no word in common', () => {
    expect(nameSimilarity('Tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo')).toBe(1);
    expect(nameSimilarity('Tổng diện tích gieo trồng', 'Tỷ lệ hộ nghèo')).toBe(0);
  });

  it('tells poor from near-poor households apart, but ranks them close', () => {
    const same = nameSimilarity('Tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo');
    const near = nameSimilarity('Tỷ lệ hộ nghèo', 'Tỷ lệ hộ cận nghèo');
    expect(near).toBeLessThan(same);
    expect(near).toBeGreaterThan(0.6);
  });

  it('gives a word typed with other marks part of a match (the typo "đồ rác thải")', () => {
    const typo = nameSimilarity(
      'Tỷ lệ hộ dân đăng ký tham gia đồ rác thải',
      'Tỷ lệ hộ dân đăng ký tham gia đổ rác thải',
    );
    expect(typo).toBeLessThan(1);
    expect(typo).toBeGreaterThan(0.9);
  });

  it('does not count a word with other marks as the same word ("họ" is not "hộ")', () => {
    expect(nameSimilarity('hộ', 'họ')).toBeCloseTo(0.7);
  });
});

describe('proposeLinks', () => {
  const previous = [
    { id: 1, name: 'Tỷ lệ hộ nghèo', unit: '%' },
    { id: 2, name: 'Tỷ lệ hộ cận nghèo', unit: '%' },
    { id: 3, name: 'Tỷ lệ tham gia bảo hiểm y tế', unit: '%' },
    { id: 4, name: 'Tỷ lệ tham gia bảo hiểm xã hội', unit: '%' },
  ];

  it('pairs each new target with its best match, each old target once', () => {
    const links = proposeLinks(
      [
        { name: 'Tỷ lệ hộ cận nghèo', unit: '%' },
        { name: 'Tỷ lệ hộ nghèo', unit: '%' },
        { name: 'Tỷ lệ người dân tham gia bảo hiểm y tế', unit: '%' },
      ],
      previous,
    );
    expect(links.map((l) => l?.targetId)).toEqual([2, 1, 3]);
  });

  it('proposes nothing for a target with no close name (a new measure)', () => {
    expect(proposeLinks([{ name: 'Số sản phẩm OCOP được công nhận', unit: 'sản phẩm' }], previous)).toEqual([null]);
  });
});
