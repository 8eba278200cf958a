// What a failed database or disk operation means for the person who asked for it. SQLite and
// Node report these as error codes; users get a sentence (lib/i18n/messages/forms.ts), never the
// raw message.

export type DatabaseFailure = 'busy' | 'readonly' | 'full';

/** The kind of storage failure `error` is, or null for anything else (a bug, a refused input). */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  // Another connection held the write lock for longer than the busy timeout (db/client.ts).
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return 'readonly';
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  return null;
}
