/**
 * The server's structured log: one JSON object per line on stdout (state changes) or stderr
 * (errors), so `journalctl -o cat | jq` or any log shipper can read it. Values under a key
 * that names a secret are replaced before anything is written, at any depth.
 *
 * Not 'server-only': scripts (backup, restore, bench) and instrumentation.ts use it too.
 */

// Key names whose values never reach the log. Matched case-insensitively on the whole key
// after removing '-', '_' and '.', so "passwordHash", "session-token", "NEXTAUTH_SECRET",
// "__Secure-next-auth.session-token", "x-csrf-token" and "Set-Cookie" are all caught.
const secretKey =
  /^pass$|password|passwd|passphrase|pwd|secret|token|cookie|authorization|session|csrf|hash|apikey|credential|signature|jwt/i;

export const redacted = '[redacted]';
const maxDepth = 6;
const maxString = 2000;

export function isSecretKey(key: string): boolean {
  return secretKey.test(key.replace(/[-_.]/g, ''));
}

/** A copy of `value` with every secret-named key's value replaced; safe to serialise. */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') return value.length > maxString ? `${value.slice(0, maxString)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Error) return describeError(value, depth);
  if (depth >= maxDepth) return '[truncated]';
  if (Array.isArray(value)) return value.slice(0, 100).map((item) => redact(item, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      out[key] = isSecretKey(key) ? redacted : redact(item, depth + 1);
    }
    return out;
  }
  return String(value);
}

/** Removes secret-named query parameters from a request path ("/x?token=…" → "/x?token=[redacted]"). */
export function redactPath(pathWithQuery: string): string {
  const at = pathWithQuery.indexOf('?');
  if (at < 0) return pathWithQuery;
  const params = new URLSearchParams(pathWithQuery.slice(at + 1));
  const clean = new URLSearchParams();
  for (const [key, item] of params) clean.append(key, isSecretKey(key) ? redacted : item);
  return `${pathWithQuery.slice(0, at)}?${clean.toString()}`;
}

function describeError(error: Error, depth: number): Record<string, unknown> {
  const extra = error as Error & { code?: unknown; digest?: unknown; cause?: unknown };
  return {
    name: error.name,
    message: error.message,
    code: extra.code,
    digest: extra.digest,
    stack: error.stack?.split('\n').slice(0, 8).join('\n'),
    cause: extra.cause === undefined || depth >= maxDepth ? undefined : redact(extra.cause, depth + 1),
  };
}

export type StateChange = {
  /** What happened, dotted and past tense: "update.submitted", "update.approved", "user.disabled". */
  event: string;
  /** Who did it (null for the system or an anonymous visitor). */
  userId: number | null;
  /** The kind of record changed: "update", "user", "assignment" … */
  entity: string;
  /** The ids of the records changed. */
  ids: readonly number[];
  /** Anything else worth knowing (organization, from/to state); redacted like the rest. */
  details?: Record<string, unknown>;
};

// The sink is swappable so tests can read what would have been written. Under Vitest the default
// one is silent, so the unit tests of audited code do not flood their output.
type Sink = (stream: 'out' | 'err', line: string) => void;
const defaultSink: Sink = process.env.VITEST
  ? () => {}
  : (stream, line) => (stream === 'err' ? console.error(line) : console.log(line));
let sink: Sink = defaultSink;

export function setLogSink(next: Sink | null): void {
  sink = next ?? defaultSink;
}

function write(stream: 'out' | 'err', entry: Record<string, unknown>): void {
  try {
    sink(stream, JSON.stringify(redact(entry)));
  } catch {
    // Logging must never break the request that logs.
  }
}

/**
 * One line per state change. Call it AFTER the db.transaction that made the change has
 * returned (never inside it), so the log never claims a change that was rolled back.
 */
export function logEvent(change: StateChange): void {
  write('out', {
    level: 'info',
    at: new Date().toISOString(),
    event: change.event,
    userId: change.userId,
    entity: change.entity,
    ids: change.ids,
    ...(change.details ? { details: change.details } : {}),
  });
}

/** One line per failure the server caught; `context` says where (route, operation, ids). */
export function logError(event: string, error: unknown, context: Record<string, unknown> = {}): void {
  write('err', {
    level: 'error',
    at: new Date().toISOString(),
    event,
    ...context,
    error: error instanceof Error ? error : { message: String(error) },
  });
}
