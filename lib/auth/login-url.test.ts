import { describe, expect, it } from 'vitest';
import { callbackPath, loginUrl } from './login-url';

describe('callbackPath', () => {
  it('keeps the path and query the visitor asked for, English under /en, Vietnamese at the bare path', () => {
    expect(callbackPath('/vi/approvals', '?status=submitted')).toBe('/approvals?status=submitted');
    expect(callbackPath('/approvals', '?status=submitted')).toBe('/approvals?status=submitted');
    expect(callbackPath('/en/reports/print', '?period=H1&issuer=%C4%90%E1%BA%A2NG')).toBe(
      '/en/reports/print?period=H1&issuer=%C4%90%E1%BA%A2NG',
    );
    expect(callbackPath('/en', '')).toBe('/en');
    expect(callbackPath('/vi', '')).toBe('/');
    expect(callbackPath('/admin/accounts/5', '')).toBe('/admin/accounts/5');
    expect(callbackPath('/vietnam/x', '')).toBe('/vietnam/x');
  });

  it("drops Next's _rsc marker but keeps the other parameters", () => {
    expect(callbackPath('/vi/approvals', '?status=submitted&_rsc=1x2y')).toBe('/approvals?status=submitted');
    expect(callbackPath('/vi/dashboard', '?_rsc=abc')).toBe('/dashboard');
  });

  it('never leads off the site, nor back to the login page or an API route', () => {
    expect(callbackPath('//evil.example/x', '')).toBeNull();
    expect(callbackPath('/vi//evil.example', '')).toBeNull();
    expect(callbackPath('/vi/\\evil.example', '')).toBeNull();
    expect(callbackPath('/vi/a/..//evil.example', '')).toBeNull();
    expect(callbackPath('/vi/login', '?callbackUrl=%2Fadmin')).toBeNull();
    expect(callbackPath('/en/login', '?callbackUrl=%2Fadmin')).toBeNull();
    expect(callbackPath('/login', '')).toBeNull();
    expect(callbackPath('/api/auth/signout', '')).toBeNull();
  });
});

describe('loginUrl', () => {
  it('carries a path of this site, encoded, and nothing else', () => {
    expect(loginUrl('/approvals?status=submitted')).toBe('/login?callbackUrl=%2Fapprovals%3Fstatus%3Dsubmitted');
    expect(loginUrl(null)).toBe('/login');
    expect(loginUrl('/en/approvals')).toBe('/en/login?callbackUrl=%2Fen%2Fapprovals');
    expect(loginUrl('https://evil.example/')).toBe('/login');
    expect(loginUrl('//evil.example')).toBe('/login');
    expect(loginUrl('/\\evil.example')).toBe('/login');
  });
});
