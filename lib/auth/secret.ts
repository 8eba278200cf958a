import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config, secretMinimumLength as minimumLength } from '../config';

/**
 * The app never signs sessions with a known or default secret. Without NEXTAUTH_SECRET it makes
 * a strong one on first start and keeps it beside the database, readable by its owner only.
 */
export function ensureAuthSecret(dataDir: string): string {
  // config() refuses a NEXTAUTH_SECRET shorter than the minimum.
  const fromEnv = config().NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, 'nextauth-secret');
  try {
    // 'wx' fails if another process created it first; then its secret is the one to use.
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  chmodSync(file, 0o600);
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < minimumLength) throw new Error(`${file} holds too short a secret.`);
  process.env.NEXTAUTH_SECRET = secret;
  return secret;
}
