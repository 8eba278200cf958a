import bcrypt from 'bcryptjs';

/**
 * bcrypt work factor for every stored password (seed, admin, own change) and for the dummy hash
 * an unknown user is compared with — one figure, so both answers take the same time. 12 costs
 * about 350 ms per hash on one core here: slow for a guesser, bearable for a login.
 */
export const bcryptCost = 12;
export const passwordMinLength = 10;
export const passwordMaxLength = 64;
// bcrypt reads only the first 72 bytes; longer passwords would silently lose their tail.
const bcryptMaxBytes = 72;

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_username';

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if ([...password].length < passwordMinLength) return 'too_short';
  if ([...password].length > passwordMaxLength || Buffer.byteLength(password, 'utf8') > bcryptMaxBytes) {
    return 'too_long';
  }
  const plain = (s: string) => s.trim().toLowerCase();
  if (plain(password) === plain(username)) return 'same_as_username';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, bcryptCost);
}

export function hashPasswordSync(password: string): string {
  return bcrypt.hashSync(password, bcryptCost);
}

/** Compares in constant time per hash; the input is capped so a huge body cannot cost more. */
export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password.slice(0, 200), hash);
}

/** True when a stored hash was made with a lower cost than today's (it is upgraded at login). */
export function needsRehash(hash: string): boolean {
  try {
    return bcrypt.getRounds(hash) < bcryptCost;
  } catch {
    return true;
  }
}

let dummy: string | undefined;
/**
 * A hash of no one's password, at today's cost, compared against when a username is unknown so
 * that an unknown user and a wrong password take the same time. Made on first use, not at import.
 */
export function dummyHash(): string {
  dummy ??= bcrypt.hashSync('no-account-has-this-password', bcryptCost);
  return dummy;
}
