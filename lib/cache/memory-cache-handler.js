// @ts-check
// The server's page and data cache, kept in this process's memory only (next.config.js
// `cacheHandler`, with Next's own memory layer off: `cacheMaxMemorySize: 0`).
//
// Why: Next's default handler also writes rendered pages under .next/server/app, and a server
// restarted on another database (a restore, a fresh e2e run, a second install sharing a build)
// would serve those pages with the old figures. Here the cache is born and dies with the
// process, so a page is rendered from the database it serves at least once per process, and
// revalidatePublicPages() drops every entry carrying one of the revalidated tags.
// Bounded (least recently used goes first), so many distinct URLs cannot exhaust memory.

const { invalidateFrontCache } = require('./front-cache.js');

const maxBytes = 64 * 1024 * 1024;

// Next's build may bundle this file into more than one server chunk, each with its own copy of
// the module: the entries live on globalThis so every copy reads, fills and drops the same ones.
/** @type {{ entries: Map<string, { value: any, lastModified: number, tags: string[], size: number }>, revalidatedAt: Map<string, number>, totalBytes: number }} */
const state = /** @type {any} */ (
  globalThis[Symbol.for('resolution-tracker.cache.state')] ??= {
    entries: new Map(),
    // When each tag was last revalidated (ms): older entries carrying it are stale.
    revalidatedAt: new Map(),
    totalBytes: 0,
  }
);
const { entries, revalidatedAt } = state;

/** @param {any} value @param {string[] | undefined} ctxTags */
function tagsOf(value, ctxTags) {
  const tags = new Set(ctxTags ?? []);
  const header = value?.headers?.['x-next-cache-tags'];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  if (Array.isArray(value?.tags)) for (const tag of value.tags) tags.add(tag);
  return [...tags];
}

/** @param {any} b */
const bytes = (b) => (b && typeof b.length === 'number' ? b.length : 0);

/** Rough size, as Next's own memory cache estimates it. @param {string} key @param {any} value */
function sizeOf(key, value) {
  let size = key.length;
  if (!value) return size + 16;
  if (value.kind === 'APP_PAGE') {
    size += bytes(value.html) + bytes(value.rscData) + bytes(value.postponed);
    if (value.segmentData) for (const [path, buffer] of value.segmentData) size += path.length + bytes(buffer);
  } else if (value.kind === 'APP_ROUTE') {
    size += bytes(value.body);
  } else {
    try {
      size += JSON.stringify(value.data ?? value.props ?? '').length;
    } catch {
      size += 1024;
    }
  }
  return Math.max(size, 1);
}

/** @param {string} key */
function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  state.totalBytes -= entry.size;
  entries.delete(key);
}

// server.js empties every cache after `npm run restore` (lib/cache/restore-signal.js).
/** @type {Record<symbol, unknown>} */ (/** @type {any} */ (globalThis))[Symbol.for('resolution-tracker.cache.clear')] =
  () => {
    entries.clear();
    state.totalBytes = 0;
    invalidateFrontCache();
  };

module.exports = class MemoryCacheHandler {
  /** @param {string} key @param {{ tags?: string[], softTags?: string[] } | undefined} ctx */
  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    if (tags.some((tag) => (revalidatedAt.get(tag) ?? -Infinity) >= entry.lastModified)) {
      remove(key);
      return null;
    }
    // Most recently used last, so eviction takes the oldest first.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  /** @param {string} key @param {any} data @param {{ tags?: string[] } | undefined} ctx */
  async set(key, data, ctx) {
    remove(key);
    const entry = { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx?.tags), size: sizeOf(key, data) };
    if (entry.size > maxBytes / 4) return;
    entries.set(key, entry);
    state.totalBytes += entry.size;
    for (const oldest of entries.keys()) {
      if (state.totalBytes <= maxBytes) break;
      remove(oldest);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags;
    const now = Date.now();
    for (const tag of list) revalidatedAt.set(tag, now);
    // The page cache in front of Next (server.js) holds copies of these pages: drop them too.
    invalidateFrontCache();
    for (const [key, entry] of entries) if (entry.tags.some((tag) => list.includes(tag))) remove(key);
  }

  resetRequestCache() {}
};
