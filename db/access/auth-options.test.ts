import { describe, expect, it } from 'vitest';
import { authOptions, sameSiteRedirect } from './auth-options';

const base = 'http://127.0.0.1:3000';

describe('next-auth redirects', () => {
  it('keeps paths and same-origin URLs of this site', () => {
    expect(sameSiteRedirect('/approvals', base)).toBe(`${base}/approvals`);
    expect(sameSiteRedirect(`${base}/admin?x=1`, base)).toBe(`${base}/admin?x=1`);
  });

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/a/..//evil.example',
    'http://127.0.0.1:3001/',
    'not a url',
  ])('sends %j to /login instead', (url) => {
    expect(sameSiteRedirect(url, base)).toBe(`${base}/login`);
  });

  it('is the callback next-auth uses', async () => {
    const redirect = authOptions.callbacks?.redirect;
    expect(await redirect?.({ url: 'https://evil.example', baseUrl: base })).toBe(`${base}/login`);
  });

  it('puts only the user id and session version in the token', async () => {
    const jwt = authOptions.callbacks!.jwt!;
    const token = await jwt({
      token: { name: 'x', email: 'e@x', picture: 'p', sub: '7' } as never,
      user: { id: '7', sv: 3 } as never,
      account: null,
    });
    expect(token).toEqual({ uid: 7, sv: 3 });
  });
});
