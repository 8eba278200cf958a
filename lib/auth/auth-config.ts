import { z } from 'zod';

// The sign-in knobs, read from the environment once (on first use, so a test sets them first).
// Defaults are production's; the tests lower the hash cost and the throttle delay so that they
// check what is done, not how long it takes.
const schema = z.object({
  /** argon2id memory per hash, in KiB (OWASP's 19 MiB by default). */
  AUTH_HASH_MEMORY_KIB: z.coerce.number().int().min(1024).max(1_048_576).default(19_456),
  /** argon2id passes over that memory. */
  AUTH_HASH_TIME_COST: z.coerce.number().int().min(1).max(10).default(2),
  /** Password checks running at once; the rest wait in a queue of AUTH_HASH_QUEUE, then "busy". */
  AUTH_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  AUTH_HASH_QUEUE: z.coerce.number().int().min(0).max(10_000).default(24),
  /** First wait imposed on a (username, address) after too many failures; it doubles each time. */
  AUTH_THROTTLE_DELAY_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
});

export type AuthConfig = z.output<typeof schema>;

let config: AuthConfig | undefined;

export function authConfig(): AuthConfig {
  config ??= schema.parse(process.env);
  return config;
}

/** For tests: read the environment again. */
export function reloadAuthConfig(): AuthConfig {
  config = undefined;
  return authConfig();
}
