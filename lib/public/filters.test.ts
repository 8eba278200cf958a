import { describe, expect, it } from 'vitest';
import { filterKey, filtersFromSearch, hasUnknownFilterValue, parseFilterKey } from './filters';

describe('the organization filter takes real organization codes only', () => {
  it('keeps a code of the ward’s organizations', () => {
    expect(filtersFromSearch(new URLSearchParams('org=UBND&status=met'))).toEqual({
      category: null,
      org: 'UBND',
      status: 'met',
    });
  });

  it('drops a made-up code of capital letters and keeps the other filters', () => {
    for (const org of ['ZZZQX', 'A', 'ABCDEFGHIJKL', 'UBNDX', 'ubnd']) {
      const f = filtersFromSearch(new URLSearchParams(`org=${org}&status=met`));
      expect(f, org).toEqual({ category: null, org: null, status: 'met' });
      expect(filterKey(f)).toBe('all_all_met');
    }
  });

  it('a filter path with a made-up code is not a page', () => {
    expect(parseFilterKey('all_ZZZQX_all')).toBeNull();
    expect(parseFilterKey('all_UBND_all')).toEqual({ category: null, org: 'UBND', status: null });
  });
});

describe('hasUnknownFilterValue', () => {
  const unknown = (query: string) => {
    const params = new URLSearchParams(query);
    return hasUnknownFilterValue(params, filtersFromSearch(params));
  };
  it('is true for a value the form never offers', () => {
    expect(unknown('org=ZZZQX')).toBe(true);
    expect(unknown('category=9.9')).toBe(true);
    expect(unknown('status=great&org=UBND')).toBe(true);
  });
  it("is false for real values, the form's 'all', empty fields and other parameters", () => {
    expect(unknown('org=UBND&status=met&category=2.1')).toBe(false);
    expect(unknown('category=all&org=all&status=all')).toBe(false);
    expect(unknown('org=&status=')).toBe(false);
    expect(unknown('utm_source=zalo')).toBe(false);
  });
});
