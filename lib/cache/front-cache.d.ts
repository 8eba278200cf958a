import type { IncomingMessage, ServerResponse } from 'node:http';

export type FrontCacheOptions = {
  /** Next's request handler: answers everything the cache does not. */
  handle: (req: IncomingMessage, res: ServerResponse) => unknown;
  /** The entry a request maps to, or null for a request the cache must leave alone. */
  keyOf: (req: IncomingMessage, url: URL) => string | null;
  maxBytes?: number;
  now?: () => number;
};

export type FrontCache = {
  serve: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
  stats: { hits: number; misses: number; bypassed: number; stored: number };
  size: () => { entries: number; bytes: number };
};

export function createFrontCache(options: FrontCacheOptions): FrontCache;
export function invalidateFrontCache(): void;
export function pickEncoding(accept: string | undefined): 'br' | 'gzip' | 'identity';
export function sharedMaxAge(value: string): number | null;
