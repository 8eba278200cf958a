// The session's user query is prepared once per connection: it must follow the process to a new
// connection (a restore or a read-only spell reopens it), never run on the closed one.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openAuthTestDb } from '@/test/auth-test-db';
import { getDb } from '../client';
import { users } from '../schema';
import { loadActiveUser } from './session';

const opened: ReturnType<typeof openAuthTestDb>[] = [];
const open = () => {
  const env = openAuthTestDb();
  opened.push(env);
  return env;
};
const sessionVersion = (id: number) =>
  getDb().select({ sv: users.sessionVersion }).from(users).where(eq(users.id, id)).get()!.sv;

afterEach(() => {
  for (const env of opened.splice(0)) env.cleanup();
});

describe('loadActiveUser', () => {
  it('reads the database the process has open now, after the connection is replaced', () => {
    const first = open();
    const id = first.ids.hdnd;
    expect(loadActiveUser(id, sessionVersion(id))?.username).toBe('hdnd');

    // Another file under the same id: the prepared statement of the closed connection would throw
    // ("The database connection is not open") or answer from the old file.
    const second = open();
    getDb().update(users).set({ displayName: 'Trên tệp thứ hai' }).where(eq(users.id, id)).run();
    expect(second.ids.hdnd).toBe(id);
    expect(loadActiveUser(id, sessionVersion(id))).toMatchObject({ username: 'hdnd', displayName: 'Trên tệp thứ hai' });
  });

  it('refuses a stale session version and a disabled account', () => {
    const env = open();
    const id = env.ids.ubnd;
    const sv = sessionVersion(id);
    expect(loadActiveUser(id, sv + 1)).toBeNull();
    getDb().update(users).set({ active: false }).where(eq(users.id, id)).run();
    expect(loadActiveUser(id, sv)).toBeNull();
  });
});
