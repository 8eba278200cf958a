// @ts-check
// A page cache in front of Next's request handler (server.js), for what every visitor gets alike.
//
// Why: `/` is the same page for every citizen and changes only when the chair approves something,
// yet Next spends several ms of CPU on each request even when its own cache holds the page (proxy
// rewrite, routing, ETag of ~200 kB). Here a response Next marks as shared-cacheable
// (`s-maxage`, no cookie set) is kept in memory, with its gzip and brotli forms compressed once,
// and answered without entering Next: as cheap as a static file. It holds no entry longer than
// Next's own cache does: every revalidation Next performs (revalidatePublicPages() after an
// approval, an expired time) goes through lib/cache/memory-cache-handler.js, which calls
// invalidateFrontCache(), and a response still being rendered when that happens is not kept.

const { createHash } = require('node:crypto');
const {
  brotliCompressSync,
  brotliDecompressSync,
  gunzipSync,
  gzipSync,
  inflateSync,
  constants: zlib,
} = require('node:zlib');

const generationKey = Symbol.for('resolution-tracker.front-cache.generation');
/** @type {Record<symbol, number | undefined>} */
const shared = /** @type {any} */ (globalThis);

/** Drops every entry (all instances in this process): the data behind some page changed. */
function invalidateFrontCache() {
  shared[generationKey] = (shared[generationKey] ?? 0) + 1;
}

function generation() {
  return shared[generationKey] ?? 0;
}

// Requests whose answer Next shapes from these headers (client navigation, prefetch, actions,
// partial content) are never answered from here.
const bypassHeaders = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
  'range',
  'authorization',
  'x-middleware-subrequest',
];
// Hop-by-hop or per-response headers that must not be replayed from a stored response.
const unstoredHeaders = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
  'x-nextjs-cache',
]);
// What browsers and any shared cache in between are told: keep it, but ask (ETag) before reusing,
// since the page changes on the chair's approval, not on a clock.
const clientCacheControl = 'public, max-age=0, must-revalidate';
const maxEntryBytes = 2 * 1024 * 1024;

/**
 * @typedef {{ headers: [string, string | string[]][], identity: Buffer, gzip?: Buffer, br?: Buffer,
 *   etag: string, expiresAt: number, size: number, generation: number }} Entry
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {{
 *   handle: (req: Request, res: Response) => unknown,
 *   keyOf: (req: Request, url: URL) => string | null,
 *   maxBytes?: number,
 *   now?: () => number,
 * }} Options
 */

/** `s-maxage` in seconds when the response may be shared, else null. @param {string} value */
function sharedMaxAge(value) {
  const directives = value
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  if (directives.some((d) => d === 'private' || d === 'no-store' || d === 'no-cache')) return null;
  const sMaxAge = directives.find((d) => d.startsWith('s-maxage='));
  const seconds = sMaxAge ? Number(sMaxAge.slice('s-maxage='.length)) : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** The encoding to answer with: br, gzip or identity. @param {string | undefined} accept */
function pickEncoding(accept) {
  if (!accept) return 'identity';
  const offered = new Map(
    accept.split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [name ?? '', q ? Number(q.slice(2)) : 1];
    }),
  );
  const wants = (/** @type {string} */ name) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return 'identity';
}

/** @param {string | undefined} header @param {string} etag */
function matchesEtag(header, etag) {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/** @param {Options} options */
function createFrontCache(options) {
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  const now = options.now ?? Date.now;
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  /** @type {Map<string, Promise<Entry | null>>} */
  const pending = new Map();
  let totalBytes = 0;
  let seenGeneration = generation();
  const stats = { hits: 0, misses: 0, bypassed: 0, stored: 0 };

  /** @param {string} key */
  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    totalBytes -= entry.size;
    entries.delete(key);
  }

  /** @param {string} key @param {Entry} entry */
  function store(key, entry) {
    remove(key);
    entries.set(key, entry);
    totalBytes += entry.size;
    for (const oldest of entries.keys()) {
      if (totalBytes <= maxBytes) break;
      remove(oldest);
    }
  }

  /** A live entry for the key, or null (dropping it if stale). @param {string} key */
  function lookup(key) {
    if (seenGeneration !== generation()) {
      entries.clear();
      totalBytes = 0;
      seenGeneration = generation();
    }
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= now()) {
      remove(key);
      return null;
    }
    // Most recently used last, so eviction takes the oldest first.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  /** @param {Entry} entry @param {'br' | 'gzip' | 'identity'} encoding */
  function bodyFor(entry, encoding) {
    if (encoding === 'identity') return entry.identity;
    if (!entry[encoding]) {
      entry[encoding] =
        encoding === 'br'
          ? brotliCompressSync(entry.identity, {
              params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: entry.identity.length },
            })
          : gzipSync(entry.identity, { level: 9 });
      entry.size += entry[encoding].length;
      totalBytes += entry[encoding].length;
    }
    return /** @type {Buffer} */ (entry[encoding]);
  }

  /** @param {Request} req @param {Response} res @param {Entry} entry */
  function answer(req, res, entry) {
    stats.hits++;
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader('cache-control', clientCacheControl);
    res.setHeader('etag', entry.etag);
    res.setHeader('x-front-cache', 'hit');
    if (matchesEtag(req.headers['if-none-match'], entry.etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const encoding = pickEncoding(req.headers['accept-encoding']);
    const body = bodyFor(entry, encoding);
    if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
    res.setHeader('content-length', body.length);
    res.statusCode = 200;
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /**
   * Lets Next answer, keeping a copy of the body when the response turns out to be shareable.
   * @param {Request} req @param {Response} res @returns {Promise<Entry | null>}
   */
  function fillFrom(req, res) {
    const startedAt = generation();
    /** @type {Buffer[]} */
    const chunks = [];
    let bytes = 0;
    let overflow = false;
    /** @type {string | null} */
    let upstreamCacheControl = null;
    const keep = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
      if (chunk == null || overflow || typeof chunk === 'function') return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
          : Buffer.from(/** @type {Uint8Array} */ (chunk));
      bytes += buffer.length;
      if (bytes > maxEntryBytes) overflow = true;
      else chunks.push(buffer);
    };
    const originalSetHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) => {
      if (name.toLowerCase() === 'cache-control') {
        // The last word counts: a page may be marked shareable, then private.
        upstreamCacheControl = typeof value === 'string' && sharedMaxAge(value) !== null ? value : null;
        if (upstreamCacheControl) return originalSetHeader(name, clientCacheControl);
      }
      return originalSetHeader(name, value);
    };
    const originalWrite = res.write.bind(res);
    const originalEnd = res.end.bind(res);
    res.write = /** @type {any} */ (
      (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
        keep(chunk, encoding);
        return originalWrite(chunk, encoding, callback);
      }
    );
    res.end = /** @type {any} */ (
      (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
        keep(chunk, encoding);
        return originalEnd(chunk, encoding, callback);
      }
    );

    return new Promise((resolve) => {
      res.once('close', () => resolve(null));
      res.once('finish', () => {
        const maxAge = upstreamCacheControl ? sharedMaxAge(upstreamCacheControl) : null;
        const shareable =
          maxAge !== null &&
          res.statusCode === 200 &&
          !overflow &&
          !res.hasHeader('set-cookie') &&
          String(res.getHeader('x-nextjs-cache') ?? '').toUpperCase() !== 'STALE' &&
          generation() === startedAt;
        if (!shareable) return resolve(null);
        const sent = Buffer.concat(chunks);
        // Next compressed it for this client: keep that form and the plain one behind it.
        const encoding = String(res.getHeader('content-encoding') ?? 'identity').toLowerCase();
        if (encoding !== 'identity' && encoding !== 'gzip' && encoding !== 'br' && encoding !== 'deflate')
          return resolve(null);
        let identity;
        try {
          identity =
            encoding === 'gzip'
              ? gunzipSync(sent)
              : encoding === 'br'
                ? brotliDecompressSync(sent)
                : encoding === 'deflate'
                  ? inflateSync(sent)
                  : sent;
        } catch {
          return resolve(null);
        }
        /** @type {[string, string | string[]][]} */
        const headers = [];
        for (const [name, value] of Object.entries(res.getHeaders())) {
          if (value === undefined || unstoredHeaders.has(name)) continue;
          headers.push([name, typeof value === 'number' ? String(value) : value]);
        }
        const upstreamEtag = res.getHeader('etag');
        const etag =
          typeof upstreamEtag === 'string'
            ? upstreamEtag
            : `"${createHash('sha1').update(identity).digest('base64url')}"`;
        /** @type {Entry} */
        const entry = {
          headers,
          identity,
          etag,
          expiresAt: now() + maxAge * 1000,
          size: identity.length + 512,
          generation: startedAt,
        };
        if (encoding === 'gzip' || encoding === 'br') {
          entry[encoding] = sent;
          entry.size += sent.length;
        }
        resolve(entry);
      });
      Promise.resolve(options.handle(req, res)).catch(() => resolve(null));
    });
  }

  /** @param {Request} req @param {Response} res */
  async function serve(req, res) {
    const key = cacheKey(req);
    if (key === null) {
      stats.bypassed++;
      return options.handle(req, res);
    }
    const entry = lookup(key);
    if (entry) return answer(req, res, entry);

    const inFlight = pending.get(key);
    if (inFlight) {
      // Many visitors right after an approval: one render, the others wait for it.
      const filled = await inFlight;
      if (filled && filled.generation === generation()) return answer(req, res, filled);
      stats.misses++;
      return options.handle(req, res);
    }
    if (req.method !== 'GET') {
      stats.misses++;
      return options.handle(req, res);
    }
    stats.misses++;
    const filling = fillFrom(req, res);
    pending.set(key, filling);
    try {
      const filled = await filling;
      if (filled && filled.generation === generation()) {
        stats.stored++;
        store(key, filled);
      }
    } finally {
      pending.delete(key);
    }
  }

  /** @param {Request} req */
  function cacheKey(req) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    if (bypassHeaders.some((name) => req.headers[name] !== undefined)) return null;
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://front-cache.invalid');
    } catch {
      return null;
    }
    return options.keyOf(req, url);
  }

  return { serve, stats, size: () => ({ entries: entries.size, bytes: totalBytes }) };
}

module.exports = { createFrontCache, invalidateFrontCache, pickEncoding, sharedMaxAge };
