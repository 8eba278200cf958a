import { config, type Config } from '../config';

// The sign-in knobs (hash cost, concurrency, throttle delay) live in lib/config.ts with the rest
// of the environment; these names say which part the auth code reads.
export type AuthConfig = Pick<
  Config,
  | 'AUTH_HASH_MEMORY_KIB'
  | 'AUTH_HASH_TIME_COST'
  | 'AUTH_HASH_CONCURRENCY'
  | 'AUTH_HASH_QUEUE'
  | 'AUTH_THROTTLE_DELAY_MS'
>;

export function authConfig(): AuthConfig {
  return config();
}

/** config() validates again whenever a variable changed; kept as a name for tests that set one. */
export function reloadAuthConfig(): AuthConfig {
  return config();
}
