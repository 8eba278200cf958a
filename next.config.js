// @ts-check
const { securityHeaders } = require('./security-headers.js');

/** @type {import('next').NextConfig} */
module.exports = {
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  experimental: {
    serverActions: { bodySizeLimit: '11mb' },
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};
