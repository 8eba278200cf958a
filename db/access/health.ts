import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../client';

/** Throws when the database cannot answer a query (missing, unreadable, locked for too long). */
export function checkDatabase(): void {
  getDb().get(sql`select 1`);
}
