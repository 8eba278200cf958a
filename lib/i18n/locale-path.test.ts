import { describe, expect, it } from 'vitest';
import { localeOfPath, localePath, pathWithoutLocale } from './locale-path';

describe('localePath', () => {
  it('keeps Vietnamese at the path and puts English under /en', () => {
    expect(localePath('vi', '/')).toBe('/');
    expect(localePath('vi', '/dashboard?x=1')).toBe('/dashboard?x=1');
    expect(localePath('en', '/')).toBe('/en');
    expect(localePath('en', '/targets/3')).toBe('/en/targets/3');
    expect(localePath('en', '/?status=met')).toBe('/en?status=met');
    expect(localePath('en', '/#main')).toBe('/en#main');
  });

  it('refuses anything that is not a path of this site', () => {
    expect(() => localePath('en', 'https://evil.example/')).toThrow();
    expect(() => localePath('vi', '//evil.example')).toThrow();
    expect(() => localePath('en', 'dashboard')).toThrow();
  });
});

describe('localeOfPath and pathWithoutLocale', () => {
  it('read the language from the first segment only', () => {
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/en/dashboard')).toBe('en');
    expect(localeOfPath('/en?status=met')).toBe('en');
    expect(localeOfPath('/')).toBe('vi');
    expect(localeOfPath('/english')).toBe('vi');
    expect(localeOfPath('/dashboard/en')).toBe('vi');
  });

  it('are the inverse of localePath', () => {
    for (const path of ['/', '/dashboard', '/targets/3', '/?status=met', '/approvals?org=2#list']) {
      for (const locale of ['vi', 'en'] as const) {
        const url = localePath(locale, path);
        expect(localeOfPath(url)).toBe(locale);
        expect(pathWithoutLocale(url)).toBe(path);
      }
    }
    expect(pathWithoutLocale('/english')).toBe('/english');
  });
});
