// @ts-check
// The server's page and data cache (next.config.js `cacheHandler`, with Next's own memory layer off:
// `cacheMaxMemorySize: 0`), written against the documented interface only: get(key),
// set(key, data, ctx), revalidateTag(tags), resetRequestCache(). Entries are opaque values.
//
// Why a handler at all:
// - Next's default handler also writes rendered pages to disk under .next/, and a server restarted
//   on another database (a restore, a second install sharing a build) served the old figures.
//   Here the cache lives and dies with the process.
// - Several servers may share one database (15.13): each entry remembers the version of the public
//   data it was rendered from (db/public-revision.ts, read through the hook the server installs at
//   start, lib/public/revision-store.ts) and is dropped when the database holds another one. The
//   database is asked at most once a second, so a change made through any server, or a restore,
//   reaches every server's visitors within about a second.
//
// The only tags this app revalidates are the public data's (revalidatePublicPages()) and the
// admin pages' (which are rendered per request and never cached), so a revalidation empties the
// whole cache: no reliance on how Next names the tags of a path.

const maxBytes = 64 * 1024 * 1024;
const revisionCheckMs = 1000;
const storeKey = Symbol.for('resolution-tracker.public-revision-store');
// A version no database has: an entry labelled with it is never served.
const stale = '\u0000stale';

// Next may load this file into more than one server chunk, each with its own copy of the module:
// the state lives on globalThis so every copy reads, fills and drops the same entries.
/**
 * @typedef {{ value: unknown, lastModified: number, revision: string | null, size: number }} Entry
 * @type {{ entries: Map<string, Entry>, totalBytes: number, revision: string | null, checkedAt: number, missedAt: Map<string, string | null> }}
 */
const state = /** @type {any} */ (
  globalThis[Symbol.for('resolution-tracker.cache.state')] ??= {
    entries: new Map(),
    totalBytes: 0,
    // The public data's version last read from the database, and when.
    revision: null,
    checkedAt: 0,
    // The version current when a key was missed, i.e. before its value was rendered: a value set
    // later is labelled with it, so a render that read the old data is never kept as new.
    missedAt: new Map(),
  }
);

/** The public data's current version, read from the database at most once a second. */
function currentRevision() {
  const now = Date.now();
  if (now - state.checkedAt < revisionCheckMs) return state.revision;
  const store = /** @type {{ read?: () => string } | undefined} */ (/** @type {any} */ (globalThis)[storeKey]);
  if (typeof store?.read !== 'function') return state.revision;
  try {
    state.revision = store.read();
    state.checkedAt = now;
  } catch {
    // The database cannot be read right now: keep serving what was rendered, ask again next time.
  }
  return state.revision;
}

/** Rough size of a value, for the memory bound. @param {string} key @param {unknown} value */
function sizeOf(key, value) {
  try {
    return key.length + JSON.stringify(value, (_, v) => (v && v.type === 'Buffer' ? v.data.length : v)).length;
  } catch {
    return key.length + 64 * 1024;
  }
}

/** @param {string} key */
function remove(key) {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.totalBytes -= entry.size;
  state.entries.delete(key);
}

function clear() {
  state.entries.clear();
  state.totalBytes = 0;
  // A render under way read the data before this change: what it sets must not be served.
  for (const key of state.missedAt.keys()) state.missedAt.set(key, stale);
  // The next get() reads the version again (this process's own change bumped it).
  state.checkedAt = 0;
}

module.exports = class MemoryCacheHandler {
  /** @param {string} key */
  async get(key) {
    const revision = currentRevision();
    const entry = state.entries.get(key);
    if (entry && entry.revision === revision) {
      // Most recently used last, so eviction takes the oldest first.
      state.entries.delete(key);
      state.entries.set(key, entry);
      return { value: entry.value, lastModified: entry.lastModified };
    }
    if (entry) remove(key);
    if (state.missedAt.size > 10_000) state.missedAt.clear();
    state.missedAt.set(key, revision);
    return null;
  }

  /** @param {string} key @param {unknown} data */
  async set(key, data) {
    remove(key);
    const revision = state.missedAt.has(key) ? (state.missedAt.get(key) ?? null) : currentRevision();
    state.missedAt.delete(key);
    if (data === null || data === undefined) return;
    const size = sizeOf(key, data);
    if (size > maxBytes / 4) return;
    state.entries.set(key, { value: data, lastModified: Date.now(), revision, size });
    state.totalBytes += size;
    for (const oldest of state.entries.keys()) {
      if (state.totalBytes <= maxBytes) break;
      remove(oldest);
    }
  }

  async revalidateTag() {
    clear();
  }

  resetRequestCache() {}
};
