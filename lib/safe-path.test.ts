import { describe, expect, it } from 'vitest';
import { safeLocalPath } from './safe-path';

describe('safeLocalPath', () => {
  it('keeps paths of this site with their query and hash', () => {
    expect(safeLocalPath('/dashboard', '/x')).toBe('/dashboard');
    expect(safeLocalPath('/admin/accounts/3?tab=1#top', '/x')).toBe('/admin/accounts/3?tab=1#top');
    expect(safeLocalPath('/', '/x')).toBe('/');
  });

  it.each([
    ['https://evil.example/dashboard'],
    ['http://evil.example'],
    ['//evil.example/path'],
    ['///evil.example'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/%0a/evil.example'.replace('%0a', '\u000a')],
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['dashboard'],
    ['evil.example'],
    [' /dashboard'],
    ['/' + 'a'.repeat(2001)],
    [''],
    [null],
    [undefined],
  ])('refuses %j', (input) => {
    expect(safeLocalPath(input as string | null | undefined, '/fallback')).toBe('/fallback');
  });

  it('normalises dot segments instead of leaving the site', () => {
    expect(safeLocalPath('/../../etc/passwd', '/x')).toBe('/etc/passwd');
    expect(safeLocalPath('/a/..//evil.example', '/x')).toBe('/x');
  });

  it('keeps an encoded "//" as a harmless path', () => {
    expect(safeLocalPath('/%2F%2Fevil.example', '/x')).toBe('/%2F%2Fevil.example');
  });
});
