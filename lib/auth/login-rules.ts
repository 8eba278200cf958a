// The sign-in throttling rules, pure so that they are tested without a database.

/** Failures of one username from one place (an address, or a browser it logged in from before). */
export const failuresBeforeWait = 5;
/** The longest wait a (username, place) can be given, however many failures. */
export const maxWaitMs = 15 * 60 * 1000;
/** Behind a trusted proxy only: an address failing this often across usernames is refused for a while. */
export const maxFailuresPerAddress = 20;
export const addressWindowMs = 15 * 60 * 1000;
/** Failures older than this are forgotten (and deleted). */
export const failureRetentionMs = 24 * 60 * 60 * 1000;

export function normaliseUsername(raw: string): string {
  return raw.trim().toLowerCase().slice(0, 64);
}

/**
 * How long a (username, place) must wait after its latest failure, given its failures since its
 * last success: nothing for the first four, then `baseMs` doubling with each further failure, up
 * to fifteen minutes. Progressive and per place, so an attacker slows themselves; the owner
 * signing in from elsewhere is not held up.
 */
export function waitAfter(failures: number, baseMs: number): number {
  if (failures < failuresBeforeWait) return 0;
  return Math.min(baseMs * 2 ** Math.min(failures - failuresBeforeWait, 20), maxWaitMs);
}

/** The address-wide rule applies only to real addresses (TRUST_PROXY); 'direct' is everyone. */
export function addressIsShared(ip: string): boolean {
  return ip === 'direct';
}
