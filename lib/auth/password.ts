import { execFileSync } from 'node:child_process';
import argon2 from 'argon2';
import { authConfig } from './auth-config';
import { commonPasswords } from './common-passwords';
import { withHashSlot } from './hash-gate';
import { isBcryptHash, verifyBcrypt } from './legacy-bcrypt';

/**
 * Passwords are stored as argon2id (memory AUTH_HASH_MEMORY_KIB, passes AUTH_HASH_TIME_COST:
 * OWASP's 19 MiB × 2 by default, about 80 ms here). The native binding runs on libuv's thread
 * pool, never on the event loop, and lib/auth/hash-gate.ts bounds how many run at once.
 * Hashes from before (bcrypt) still verify, in a worker thread, and are upgraded at login.
 */
export const passwordMinLength = 10;
export const passwordMaxLength = 64;
// The limit bcrypt had (it read only 72 bytes); kept so that every password ever set stays valid.
const maxBytes = 72;

export type PasswordProblem = 'blank' | 'too_short' | 'too_long' | 'same_as_username' | 'common' | 'same_as_current';

/** Lowercase, without Vietnamese marks or spaces: "Mật Khẩu 123" and "matkhau123" are one password. */
function folded(password: string): string {
  return password
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, '');
}

/** The letters of a password without the digits and signs around them: "Password2024!" → "password". */
function stem(plain: string): string {
  return plain.replace(/^[^a-z]+|[^a-z]+$/g, '');
}

/**
 * True for a password an attacker tries first: one of the common passwords, the same with digits
 * or signs around it ("matkhau123", "Password2024!"), digits and signs only ("1234567890"), or a
 * handful of characters repeated ("aaaaaaaaaa", "abcabcabcabc").
 */
export function isCommonPassword(password: string): boolean {
  const plain = folded(password);
  if (commonPasswords.has(plain)) return true;
  const letters = stem(plain);
  if (letters === '' || commonPasswords.has(letters)) return true;
  return new Set(plain).size < 4;
}

/**
 * Why a new password is refused, or null when it is acceptable. `username` is the account's
 * (null while only the form is checked); `current` is the password being replaced, when the user
 * typed it (changing one's own). Checked in this order, so the message names the first problem.
 */
export function passwordProblem(
  password: string,
  username: string | null,
  current?: string | null,
): PasswordProblem | null {
  if (password.trim() === '') return 'blank';
  if ([...password].length < passwordMinLength) return 'too_short';
  if ([...password].length > passwordMaxLength || Buffer.byteLength(password, 'utf8') > maxBytes) {
    return 'too_long';
  }
  if (username !== null && username.trim() !== '') {
    const name = folded(username);
    const plain = folded(password);
    // The username itself, in any case or with spaces, or with digits and signs around it.
    if (plain === name || (stem(name) !== '' && stem(plain) === stem(name))) return 'same_as_username';
  }
  if (current != null && password === current) return 'same_as_current';
  if (isCommonPassword(password)) return 'common';
  return null;
}

/** Today's argon2id parameters (the algorithm itself is named where a hash is made). */
function argonParameters() {
  const { AUTH_HASH_MEMORY_KIB, AUTH_HASH_TIME_COST } = authConfig();
  return { memoryCost: AUTH_HASH_MEMORY_KIB, timeCost: AUTH_HASH_TIME_COST, parallelism: 1 };
}

function argonOptions(): argon2.HashOptions & { type: typeof argon2.argon2id } {
  return { type: argon2.argon2id, ...argonParameters() };
}

/** The work done, counted: the tests check that every answer costs one verification. */
export const hashWork = { verifications: 0, hashes: 0 };

export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => {
    hashWork.hashes += 1;
    return argon2.hash(password, argonOptions());
  });
}

// Node itself, run once, so the seed stays synchronous without hashing on the event loop of a
// server (it runs before the server listens, or in a script). `argon2` resolves from the
// working directory, the project root.
const hashManyScript = `
const argon2 = require('argon2');
let input = '';
process.stdin.on('data', (chunk) => (input += chunk)).on('end', async () => {
  const { passwords, options } = JSON.parse(input);
  const out = [];
  for (const password of passwords) out.push(await argon2.hash(password, { ...options, type: argon2.argon2id }));
  process.stdout.write(JSON.stringify(out));
});
`;

/** argon2id hashes of `passwords`, synchronously (the seed, test fixtures): never in a request. */
export function hashPasswordsSync(passwords: readonly string[]): string[] {
  if (passwords.length === 0) return [];
  const options = argonParameters();
  const out = execFileSync(process.execPath, ['-e', hashManyScript], {
    cwd: process.cwd(),
    input: JSON.stringify({ passwords, options }),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return JSON.parse(out) as string[];
}

export function hashPasswordSync(password: string): string {
  return hashPasswordsSync([password])[0]!;
}

/** One verification, argon2id or an older bcrypt hash; the input is capped so a huge body costs no more. */
export function verifyPassword(password: string, hash: string): Promise<boolean> {
  const capped = password.slice(0, 200);
  return withHashSlot(async () => {
    hashWork.verifications += 1;
    if (isBcryptHash(hash)) return verifyBcrypt(capped, hash);
    try {
      return await argon2.verify(hash, capped);
    } catch {
      // Not a hash argon2 can read (a corrupt row): no password matches it.
      return false;
    }
  });
}

/** True when a stored hash is bcrypt or argon2id with other parameters than today's: upgraded at login. */
export function needsRehash(hash: string): boolean {
  if (isBcryptHash(hash)) return true;
  try {
    return argon2.needsRehash(hash, argonParameters());
  } catch {
    return true;
  }
}

let dummy: Promise<string> | undefined;
/**
 * A hash of no one's password, with today's parameters, verified when a username is unknown so
 * that an unknown user and a wrong password cost the same work. Made on first use, not at import.
 */
export function dummyHash(): Promise<string> {
  dummy ??= argon2.hash('no-account-has-this-password', argonOptions());
  return dummy;
}
