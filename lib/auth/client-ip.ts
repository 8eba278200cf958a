type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address for throttling. X-Forwarded-For is honoured only when TRUST_PROXY is set
 * (behind a reverse proxy); otherwise anyone could rotate it to dodge the limit.
 */
export function clientIp(headers: HeaderBag): string {
  if (process.env.TRUST_PROXY) {
    const forwarded = header(headers, 'x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  // Route handlers do not see the socket address; without a trusted proxy all clients share one bucket.
  return 'direct';
}
