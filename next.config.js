// @ts-check
const { evidencePolicy, securityHeaders } = require('./security-headers.js');

/** @type {import('next').NextConfig} */
module.exports = {
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  // Rendered pages and cached data live in this process's memory only: a restart (on the same or
  // another database) never serves a page rendered before it. See lib/cache/memory-cache-handler.js.
  cacheHandler: require.resolve('./lib/cache/memory-cache-handler.js'),
  cacheMaxMemorySize: 0,
  experimental: {
    serverActions: { bodySizeLimit: '11mb' },
    // Next copies the body of every request the proxy sees, up to this size, and cuts the rest:
    // keep it equal to the action limit or a 10 MB evidence upload would arrive truncated.
    proxyClientMaxBodySize: '11mb',
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
