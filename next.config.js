// @ts-check
const { bodyLimitBytes, bodyLimitMb, contentLengthAbove } = require('./body-limit.js');
const { evidencePolicy, securityHeaders } = require('./security-headers.js');

// The request body limit is written once, in the nginx recipe's snippet (`client_max_body_size 11m;`,
// read by body-limit.js): the reverse proxy refuses larger bodies, and Next refuses them here when
// it is reached directly.
const bodyLimit = `${bodyLimitMb}mb`;

/** @type {import('next').NextConfig} */
module.exports = {
  poweredByHeader: false,
  // `npm test` type-checks this same tsconfig (`npm run typecheck`) before it builds, and says so
  // with TYPES_CHECKED=1: the build's own check would repeat it. Any other build checks types.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === '1' },
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  // Rendered pages and cached data live in this process's memory only: a restart (on the same or
  // another database) never serves a page rendered before it, and a change made by another server
  // on the same database drops them within a second. See lib/cache/memory-cache-handler.js.
  cacheHandler: require.resolve('./lib/cache/memory-cache-handler.js'),
  cacheMaxMemorySize: 0,
  experimental: {
    serverActions: {
      bodySizeLimit: bodyLimit,
      // Server actions come from the public origin only (proxy.ts drops a client's X-Forwarded-Host).
      allowedOrigins: process.env.NEXTAUTH_URL ? [new URL(process.env.NEXTAUTH_URL).host] : [],
    },
    // Next copies the body of every request the proxy sees, up to this size, and cuts the rest:
    // keep it equal to the action limit or a 10 MB evidence upload would arrive truncated.
    proxyClientMaxBodySize: bodyLimit,
  },
  // A body over the limit, or of undeclared length, is answered by a route that never reads it,
  // before anything else sees the request. proxy.ts skips the same requests (its matcher), since
  // Next reads the whole body of every request the proxy sees before answering it, and a server
  // action posted to a page that does not hold it is forwarded by Next with its body unbounded.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: '/:path*',
          has: [{ type: 'header', key: 'content-length', value: contentLengthAbove(bodyLimitBytes) }],
          destination: '/api/body-refused',
        },
        {
          source: '/:path*',
          has: [{ type: 'header', key: 'transfer-encoding' }],
          destination: '/api/body-refused',
        },
        // A Vietnamese page's URL has no language prefix (/targets/1); it lives under app/[lang] as
        // /vi/targets/1. Decided by the URL alone, so a cache keeps each page by its URL, and without
        // the proxy, so a cached page costs no proxy run. Not /en/…, /vi/… (the proxy redirects it),
        // /api/, Next's files or files with an extension (public/, robots.txt).
        { source: '/', destination: '/vi' },
        {
          source: '/:path((?!en(?:/|$)|vi(?:/|$)|api/|_next/|.*\\.[a-zA-Z0-9]+$).+)',
          destination: '/vi/:path',
        },
      ],
    };
  },
  // The update form lived at …/report until "report" came to mean only the chair's periodic
  // document: links in emails already sent and bookmarks still point there (the query, such as
  // ?period=, is carried over by Next).
  async redirects() {
    return ['', '/en'].map((prefix) => ({
      source: `${prefix}/dashboard/:kind(targets|tasks)/:id/report`,
      destination: `${prefix}/dashboard/:kind/:id/update`,
      permanent: true,
    }));
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders() },
      // An evidence file is someone's upload: served sandboxed, never as a page of this site. A
      // later entry for the same header wins, so this one replaces the global policy there.
      { source: '/api/evidence/:id', headers: [{ key: 'Content-Security-Policy', value: evidencePolicy }] },
    ];
  },
};
