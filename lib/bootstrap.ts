import path from 'node:path';
import { databasePath } from '@/db/client';
import { prepareDatabase } from '@/db/prepare';
import { ensureAuthSecret } from './auth/secret';

/** Runs once per server process before it takes requests. */
export function bootstrap(): void {
  const file = databasePath();
  ensureAuthSecret(path.dirname(file));
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT || 3000}`;
  prepareDatabase(file);
}
