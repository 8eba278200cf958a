const probe = 'http://x.invalid';

/**
 * Returns `value` when it is a path on this site ("/dashboard?x=1"), else `fallback`.
 * Refuses absolute URLs, protocol-relative "//host", backslash tricks and control characters,
 * and checks the result again after dot segments are resolved ("/a/..//evil" → "//evil").
 */
export function safeLocalPath(value: string | null | undefined, fallback: string): string {
  if (!value || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//')) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, probe);
    if (url.origin !== probe) return fallback;
    const result = `${url.pathname}${url.search}${url.hash}`;
    return result.startsWith('/') && !result.startsWith('//') ? result : fallback;
  } catch {
    return fallback;
  }
}
