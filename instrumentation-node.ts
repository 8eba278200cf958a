// Start-up work of the Node.js server (`next start`), run by instrumentation.ts register() before
// the server takes a request. Each step throws with a message for the operator; register() then
// stops the process (a server that cannot start must not answer 500 to everyone).
import path from 'node:path';
import { databasePath, getSqlite } from './db/client';
import { prepareDatabase } from './db/prepare';
import { describePreparation } from './db/describe-preparation';
import { bumpPublicRevisionOn, readPublicRevision } from './db/public-revision';
import { ensureAuthSecret } from './lib/auth/secret';
import { config } from './lib/config';
import { logError } from './lib/log';
import { installPublicRevisionStore } from './lib/public/revision-store';

/** Configuration, session secret, migrations and seed: throws if any of them fails. */
export function prepareServer(): void {
  const settings = config();
  const file = databasePath();
  ensureAuthSecret(path.dirname(file));
  process.env.NEXTAUTH_URL ??= settings.NEXTAUTH_URL;
  const result = prepareDatabase(file, { seedPassword: settings.SEED_PASSWORD });
  for (const line of describePreparation(file, result, settings.SEED_PASSWORD)) console.log(line);
  for (const w of result.warnings) console.warn(`Cảnh báo [${w.code}]: ${w.message}`);
}

/** Lets the page cache and revalidatePublicPages() read and bump the public data's version. */
export function watchPublicRevision(): void {
  installPublicRevisionStore({
    read: () => readPublicRevision(getSqlite()),
    bump: () => bumpPublicRevisionOn(getSqlite()),
  });
}

/** Runs each start-up step in order; the first that throws stops the process with its reason. */
export function startOrExit(steps: (() => void)[]): void {
  try {
    for (const step of steps) step();
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.name === 'Error'
          ? error.message
          : `${error.name}: ${error.message}`
        : String(error);
    console.error(`\nMáy chủ không khởi động được (the server cannot start):\n${reason}\n`);
    logError('startup_failed', error);
    process.exit(1);
  }
}
