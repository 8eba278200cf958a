import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createFrontCache, invalidateFrontCache, pickEncoding, sharedMaxAge } from './front-cache.js';

type Upstream = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
const page =
  '<!DOCTYPE html><html lang="vi"><body>' + 'Kết quả thực hiện Nghị quyết năm 2023. '.repeat(200) + '</body></html>';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A real HTTP server: the front cache in front of `upstream`, which counts the requests it gets. */
async function serve(upstream: Upstream, options: { maxBytes?: number; now?: () => number } = {}) {
  const calls: string[] = [];
  const cache = createFrontCache({
    handle: async (req, res) => {
      calls.push(req.url ?? '');
      await upstream(req, res);
    },
    keyOf: (req, url) =>
      url.pathname.startsWith('/api/auth/')
        ? null
        : `${/lang=en/.test(req.headers.cookie ?? '') ? 'en' : 'vi'} ${url.pathname}${url.search}`,
    ...options,
  });
  const server = createServer((req, res) => void cache.serve(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
    const response = await fetch(`${base}${path}`, { headers, method });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
  return { calls, get, cache, base };
}

/** Next's answer for a cached page: shared for a year, with an ETag. */
const sharedPage =
  (body = page, extra: Record<string, string> = {}): Upstream =>
  (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 's-maxage=31536000');
    res.setHeader('ETag', '"abc123"');
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
    res.write(body.slice(0, 100));
    res.end(body.slice(100));
  };

describe('front cache', () => {
  it('answers a shareable page from memory after the first request, with its headers and the same body', async () => {
    const { calls, get } = await serve(sharedPage());
    const first = await get('/');
    const second = await get('/');
    expect(calls).toEqual(['/']);
    expect(first.body).toBe(page);
    expect(second.body).toBe(page);
    expect(first.headers.get('x-front-cache')).toBeNull();
    expect(second.headers.get('x-front-cache')).toBe('hit');
    expect(second.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(second.headers.get('etag')).toBe('"abc123"');
    // Browsers and proxies revalidate (ETag) instead of keeping the page for Next's year.
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it.each([
    ['private', { 'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate' }],
    ['no s-maxage', { 'Cache-Control': 'public, no-cache' }],
    ['a cookie being set', { 'Set-Cookie': 'next-auth.session-token=x' }],
    ['a stale page', { 'x-nextjs-cache': 'STALE' }],
  ])('never keeps a response with %s', async (_name, headers) => {
    const { calls, get } = await serve(sharedPage(page, headers));
    await get('/');
    const second = await get('/');
    expect(calls).toHaveLength(2);
    expect(second.headers.get('x-front-cache')).toBeNull();
  });

  it('never keeps an error or a redirect', async () => {
    const { calls, get } = await serve((_req, res) => {
      res.statusCode = 404;
      res.setHeader('Cache-Control', 's-maxage=31536000');
      res.end('không tìm thấy');
    });
    await get('/missing');
    await get('/missing');
    expect(calls).toHaveLength(2);
  });

  it('lets Next answer client navigation, actions, ranges and excluded paths', async () => {
    const { calls, get } = await serve(sharedPage());
    await get('/');
    const bypassing: Record<string, string>[] = [
      { rsc: '1' },
      { 'next-router-prefetch': '1' },
      { 'next-action': 'abc' },
      { range: 'bytes=0-10' },
    ];
    for (const headers of bypassing) {
      const response = await get('/', headers);
      expect(response.headers.get('x-front-cache')).toBeNull();
    }
    await get('/api/auth/session');
    await get('/api/auth/session');
    await get('/', {}, 'POST');
    expect(calls).toEqual(['/', '/', '/', '/', '/', '/api/auth/session', '/api/auth/session', '/']);
  });

  it('keeps one entry per key: language and query apart', async () => {
    const { calls, get } = await serve((req, res) => sharedPage(`${req.headers.cookie ?? 'vi'} ${req.url}`)(req, res));
    await get('/');
    await get('/', { cookie: 'lang=en' });
    await get('/?status=met');
    expect((await get('/', { cookie: 'lang=en' })).body).toBe('lang=en /');
    expect((await get('/')).body).toBe('vi /');
    expect((await get('/?status=met')).body).toBe('vi /?status=met');
    expect(calls).toHaveLength(3);
  });

  it('drops every entry when Next revalidates, and does not keep a page rendered across it', async () => {
    let version = 1;
    let releaseRender: () => void = () => {};
    let slow = false;
    const { calls, get } = await serve(async (req, res) => {
      const rendered = `v${version}`;
      if (slow) await new Promise<void>((resolve) => (releaseRender = resolve));
      sharedPage(rendered)(req, res);
    });
    expect((await get('/')).body).toBe('v1');
    version = 2;
    invalidateFrontCache();
    expect((await get('/')).body).toBe('v2');
    expect((await get('/')).headers.get('x-front-cache')).toBe('hit');

    // An approval lands while a render of the old figures is under way: that render is not kept.
    slow = true;
    invalidateFrontCache();
    const inFlight = get('/');
    await new Promise((resolve) => setTimeout(resolve, 50));
    version = 3;
    invalidateFrontCache();
    releaseRender();
    expect((await inFlight).body).toBe('v2');
    slow = false;
    expect((await get('/')).body).toBe('v3');
    expect(calls).toHaveLength(4);
  });

  it('expires an entry after its s-maxage', async () => {
    let clock = 1_000_000;
    const { calls, get } = await serve(sharedPage(page, { 'Cache-Control': 's-maxage=60' }), { now: () => clock });
    await get('/');
    clock += 59_000;
    expect((await get('/')).headers.get('x-front-cache')).toBe('hit');
    clock += 2_000;
    expect((await get('/')).headers.get('x-front-cache')).toBeNull();
    expect(calls).toHaveLength(2);
  });

  it('compresses once and answers brotli, gzip or plain as the client asks', async () => {
    const { get, base } = await serve(sharedPage());
    await get('/');
    for (const [accept, expected] of [
      ['br', 'br'],
      ['gzip, deflate', 'gzip'],
      ['gzip;q=0, br;q=0', null],
      ['identity', null],
    ] as const) {
      const response = await fetch(`${base}/`, { headers: { 'accept-encoding': accept } });
      expect(response.headers.get('content-encoding')).toBe(expected);
      const raw = Buffer.from(await response.arrayBuffer());
      // fetch decodes what it asked for; decode by hand only if it handed over the encoded bytes.
      const text =
        raw.toString('utf8') === page
          ? page
          : (expected === 'br' ? brotliDecompressSync(raw) : gunzipSync(raw)).toString('utf8');
      expect(text).toBe(page);
      const length = Number(response.headers.get('content-length'));
      if (expected) expect(length).toBeLessThan(Buffer.byteLength(page) / 5);
      else expect(length).toBe(Buffer.byteLength(page));
    }
  });

  it('keeps the plain page behind a response Next compressed', async () => {
    const { calls, get } = await serve((_req, res) => {
      res.setHeader('Cache-Control', 's-maxage=31536000');
      res.setHeader('Content-Encoding', 'gzip');
      res.end(gzipSync(page));
    });
    await get('/', { 'accept-encoding': 'gzip' });
    const plain = await get('/', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('x-front-cache')).toBe('hit');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body).toBe(page);
    expect(calls).toHaveLength(1);
  });

  it('answers a matching If-None-Match with 304 and HEAD without a body', async () => {
    const { get } = await serve(sharedPage());
    await get('/');
    expect((await get('/', { 'if-none-match': '"abc123"' })).status).toBe(304);
    expect((await get('/', { 'if-none-match': '"other"' })).status).toBe(200);
    const head = await get('/', { 'accept-encoding': 'identity' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers.get('content-length'))).toBe(Buffer.byteLength(page));
  });

  it('renders once for many visitors arriving together on an empty cache', async () => {
    const { calls, get } = await serve(async (req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      sharedPage()(req, res);
    });
    const bodies = await Promise.all(Array.from({ length: 10 }, () => get('/')));
    expect(bodies.every((b) => b.body === page)).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('stays within its memory bound, least recently used first', async () => {
    const { calls, get, cache } = await serve((req, res) => sharedPage(`${req.url} ${'x'.repeat(10_000)}`)(req, res), {
      maxBytes: 25_000,
    });
    await get('/a');
    await get('/b');
    await get('/a');
    await get('/c');
    expect(cache.size().bytes).toBeLessThanOrEqual(25_000);
    expect((await get('/a')).headers.get('x-front-cache')).toBe('hit');
    expect((await get('/b')).headers.get('x-front-cache')).toBeNull();
    expect(calls).toEqual(['/a', '/b', '/c', '/b']);
  });
});

describe('front cache rules', () => {
  it('reads s-maxage only from a response that may be shared', () => {
    expect(sharedMaxAge('s-maxage=31536000')).toBe(31536000);
    expect(sharedMaxAge('s-maxage=300, stale-while-revalidate=60')).toBe(300);
    expect(sharedMaxAge('private, s-maxage=300')).toBeNull();
    expect(sharedMaxAge('public, no-cache')).toBeNull();
    expect(sharedMaxAge('s-maxage=0')).toBeNull();
  });

  it('picks the encoding the client accepts', () => {
    expect(pickEncoding(undefined)).toBe('identity');
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
  });
});
