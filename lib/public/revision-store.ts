/**
 * How the server reads and bumps the public data's version (db/public-revision.ts) without `lib/`
 * depending on `db/`: the server installs the store at start (instrumentation-node.ts), and
 * revalidatePublicPages() and the cache handler (lib/cache/memory-cache-handler.js, plain
 * JavaScript loaded by Next) find it under one global key. Outside a server (tests, scripts) none
 * is installed and both do nothing.
 */
export type PublicRevisionStore = {
  /** "generation:revision" of the database the server serves. */
  read: () => string;
  /** Marks the public data changed, for every server on the database. */
  bump: () => void;
};

const storeKey = Symbol.for('resolution-tracker.public-revision-store');
const holder = globalThis as unknown as Record<symbol, PublicRevisionStore | undefined>;

export function installPublicRevisionStore(store: PublicRevisionStore | undefined): void {
  holder[storeKey] = store;
}

export function publicRevisionStore(): PublicRevisionStore | undefined {
  return holder[storeKey];
}
