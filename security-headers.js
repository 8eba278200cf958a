// Headers sent with every response. Kept in CommonJS so next.config.js can require it.
const isProduction = process.env.NODE_ENV === 'production';

function contentSecurityPolicy() {
  // Next's runtime injects inline bootstrap scripts, so 'unsafe-inline' stays for scripts;
  // 'unsafe-eval' is needed only by the dev server's fast refresh, never in production.
  const script = ["'self'", "'unsafe-inline'", ...(isProduction ? [] : ["'unsafe-eval'"])];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function securityHeaders() {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ];
}

/** The evidence downloads' policy: no script, no plugin, no same-origin access even if rendered. */
const evidencePolicy = "sandbox; default-src 'none'";

module.exports = { securityHeaders, contentSecurityPolicy, evidencePolicy };
