/**
 * Returns `value` when it is a path on this site ("/dashboard?x=1"), else `fallback`.
 * Refuses absolute URLs, protocol-relative "//host", backslash tricks and control characters.
 */
export function safeLocalPath(value: string | null | undefined, fallback: string): string {
  if (!value || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, 'http://x.invalid');
    if (url.origin !== 'http://x.invalid') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
