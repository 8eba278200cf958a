import { afterEach, describe, expect, it } from 'vitest';
import { onRequestError } from '@/instrumentation';
import { isSecretKey, logError, logEvent, redact, redactPath, setLogSink } from '@/lib/log';

type Line = { stream: 'out' | 'err'; entry: Record<string, unknown> };

function capture(): Line[] {
  const lines: Line[] = [];
  setLogSink((stream, line) => {
    // One JSON object per line: a newline inside would split an entry in two.
    expect(line).not.toContain('\n');
    lines.push({ stream, entry: JSON.parse(line) });
  });
  return lines;
}

afterEach(() => setLogSink(null));

describe('isSecretKey', () => {
  it.each([
    'password',
    'newPassword',
    'passwordHash',
    'password_hash',
    'pass',
    'NEXTAUTH_SECRET',
    'secret',
    'cookie',
    'Set-Cookie',
    'authorization',
    'next-auth.session-token',
    '__Secure-next-auth.session-token',
    'csrfToken',
    'x-csrf-token',
    'sessionToken',
    'apiKey',
    'credentials',
  ])('treats %s as a secret', (key) => expect(isSecretKey(key)).toBe(true));

  it.each(['userId', 'username', 'event', 'entity', 'ids', 'authorId', 'passed', 'state', 'sha256', 'path'])(
    'keeps %s',
    (key) => expect(isSecretKey(key)).toBe(false),
  );
});

describe('redact', () => {
  it('replaces secret values at any depth and keeps the rest', () => {
    const input = {
      username: 'hdnd',
      password: 'Mat-khau-123',
      nested: { list: [{ token: 'eyJhbGciOi', ok: 1 }], headers: { cookie: 'next-auth.session-token=abc' } },
    };
    expect(redact(input)).toEqual({
      username: 'hdnd',
      password: '[redacted]',
      nested: { list: [{ token: '[redacted]', ok: 1 }], headers: { cookie: '[redacted]' } },
    });
    // The input itself is untouched.
    expect(input.password).toBe('Mat-khau-123');
  });

  it('describes errors without losing their code, and redacts their causes', () => {
    const error = Object.assign(new Error('attempt to write a readonly database'), {
      code: 'SQLITE_READONLY',
      cause: { password: 'x', where: 'approve' },
    });
    const out = redact(error) as Record<string, unknown>;
    expect(out).toMatchObject({
      name: 'Error',
      message: 'attempt to write a readonly database',
      code: 'SQLITE_READONLY',
      cause: { password: '[redacted]', where: 'approve' },
    });
  });

  it('survives cycles by depth and long strings by truncation', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(JSON.stringify(redact(loop))).toContain('[truncated]');
    expect((redact('x'.repeat(5000)) as string).length).toBe(2001);
  });
});

describe('redactPath', () => {
  it('redacts secret-named query parameters only', () => {
    expect(redactPath('/login?callbackUrl=%2Fdashboard&token=abc&csrfToken=def')).toBe(
      '/login?callbackUrl=%2Fdashboard&token=%5Bredacted%5D&csrfToken=%5Bredacted%5D',
    );
    expect(redactPath('/approvals')).toBe('/approvals');
  });
});

describe('logEvent and logError', () => {
  it('writes one JSON line per state change with event, at, userId, entity and ids', () => {
    const lines = capture();
    logEvent({
      event: 'update.approved',
      userId: 10,
      entity: 'update',
      ids: [42],
      details: { from: 'submitted', to: 'approved', sessionToken: 'abc' },
    });
    expect(lines).toHaveLength(1);
    const { stream, entry } = lines[0]!;
    expect(stream).toBe('out');
    expect(entry).toMatchObject({
      level: 'info',
      event: 'update.approved',
      userId: 10,
      entity: 'update',
      ids: [42],
      details: { from: 'submitted', to: 'approved', sessionToken: '[redacted]' },
    });
    expect(Number.isNaN(Date.parse(String(entry.at)))).toBe(false);
  });

  it('writes request errors to stderr without headers, cookies or secrets', async () => {
    const lines = capture();
    const secret = 'sjdhf87sdf6-very-secret-session-token';
    await onRequestError(
      new Error('boom'),
      {
        path: `/api/auth/callback/credentials?token=${secret}`,
        method: 'POST',
        headers: { cookie: `next-auth.session-token=${secret}`, authorization: `Bearer ${secret}` },
      },
      {
        routerKind: 'App Router',
        routePath: '/api/auth/[...nextauth]',
        routeType: 'route',
        revalidateReason: undefined,
      },
    );
    expect(lines).toHaveLength(1);
    const raw = JSON.stringify(lines[0]!.entry);
    expect(raw).not.toContain(secret);
    expect(lines[0]).toMatchObject({
      stream: 'err',
      entry: { level: 'error', event: 'request_error', method: 'POST', routeType: 'route', error: { message: 'boom' } },
    });
  });

  it('never throws, even when the sink does', () => {
    setLogSink(() => {
      throw new Error('disk full');
    });
    expect(() => logError('x', new Error('y'), { password: 'p' })).not.toThrow();
  });
});
