// @ts-check
// `npm start`: Next's production server behind the front page cache (lib/cache/front-cache.js).
// Every request reaches Next's own handler (proxy.ts, pages, actions, route handlers) unless it is
// a plain GET of a page Next itself marked as the same for everyone and still holds.
process.env.NODE_ENV = 'production';

const { createServer } = require('node:http');
const next = require('next');
const { watchFile } = require('node:fs');
const path = require('node:path');
const { createFrontCache, invalidateFrontCache } = require('./lib/cache/front-cache.js');
const { restoreSignalPath } = require('./lib/cache/restore-signal.js');

const port = Number(process.env.PORT || 3000);
// Next must see the host it serves as 'localhost' (as `next start` does): with another name it
// treats proxy.ts's rewrite of /x to /vi/x as going elsewhere and fetches it over HTTP.
const app = next({ dev: false, dir: __dirname, hostname: 'localhost', port });
const handle = app.getRequestHandler();

/** The language a visitor's `lang` cookie selects (proxy.ts serves `/x` as `/vi/x` or `/en/x`). */
function languageOf(/** @type {string | undefined} */ cookieHeader) {
  const match = /(?:^|;\s*)lang=(vi|en)(?:;|$)/.exec(cookieHeader ?? '');
  return match ? match[1] : 'vi';
}

const frontCache = createFrontCache({
  handle: (req, res) => handle(req, res),
  // Next's own files are already served from disk; sign-in and evidence are per user.
  keyOf: (req, url) =>
    url.pathname.startsWith('/_next/') ||
    url.pathname.startsWith('/api/auth/') ||
    url.pathname.startsWith('/api/evidence')
      ? null
      : `${languageOf(req.headers.cookie)} ${url.pathname}${url.search}`,
});

// A restore (another process) replaced the data: every cached page and figure is the old one.
// The same path as db/client.ts databasePath() resolves (relative to the working directory).
const restoreSignal = restoreSignalPath(path.resolve(process.env.DATABASE_PATH || 'data/app.db'));
watchFile(restoreSignal, { interval: 1000, persistent: false }, (now, before) => {
  if (now.mtimeMs === before.mtimeMs) return;
  const clearNextCache = /** @type {any} */ (globalThis)[Symbol.for('resolution-tracker.cache.clear')];
  if (typeof clearNextCache === 'function') clearNextCache();
  invalidateFrontCache();
  console.log(
    JSON.stringify({ level: 'info', at: new Date().toISOString(), event: 'caches_cleared', reason: 'restore' }),
  );
});

app.prepare().then(
  () => {
    const server = createServer((req, res) => {
      frontCache.serve(req, res).catch((error) => {
        console.error(
          JSON.stringify({
            level: 'error',
            at: new Date().toISOString(),
            event: 'front_cache_failed',
            error: String(error),
          }),
        );
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
    server.listen(port, () => console.log(`> Ready on http://localhost:${port}`));
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
      process.once(signal, () => {
        // Requests under way finish (each write commits in its own transaction); idle keep-alive
        // connections are closed; a client holding one open cannot delay the exit past 3 s.
        server.close(() => process.exit(0));
        server.closeIdleConnections();
        setTimeout(() => process.exit(0), 3000).unref();
      });
    }
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
