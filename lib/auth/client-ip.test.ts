import { afterEach, describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

afterEach(() => {
  delete process.env.TRUST_PROXY;
});

describe('clientIp', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted (anyone can send it)', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.2.3.4' }))).toBe('direct');
    expect(clientIp({ 'x-forwarded-for': '1.2.3.4' })).toBe('direct');
  });

  it('behind one trusted proxy takes the address the proxy appended, not the client’s own claims', () => {
    process.env.TRUST_PROXY = '1';
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientIp({ 'x-forwarded-for': ['6.6.6.6', '203.0.113.8'] })).toBe('203.0.113.8');
    expect(clientIp(new Headers())).toBe('direct');
  });
});
