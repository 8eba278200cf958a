// npm run unlock -- USERNAME — the operator lifts every sign-in wait on an account (all addresses
// and browsers), from the server's shell: for when the administrator's own account is the one
// held up. Audited as done by "operator". Exits 1 with the reason when the account is unknown.
import { eq } from 'drizzle-orm';
import { closeDb, getDb } from '@/db/client';
import { users } from '@/db/schema';
import { writeAudit } from '@/db/access/audit';
import { clearLoginFailures } from '@/db/access/login';
import { normaliseUsername } from '@/lib/auth/login-rules';

function main(): void {
  const raw = process.argv[2];
  if (!raw) throw new Error('Cách dùng: npm run unlock -- TÊN_ĐĂNG_NHẬP');
  const username = normaliseUsername(raw);
  const db = getDb();
  const user = db.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
  if (!user) throw new Error(`Không có tài khoản "${username}".`);
  db.transaction((tx) => {
    clearLoginFailures(tx, username);
    writeAudit(tx, {
      actorId: null,
      actorLabel: 'operator',
      action: 'account_unlocked',
      entityType: 'user',
      entityId: user.id,
      details: { username, by: 'npm run unlock' },
    });
  });
  console.log(`Đã mở khóa đăng nhập cho ${username}.`);
}

try {
  main();
  // The audit's log line is written once the transaction has committed (a microtask).
  setImmediate(() => closeDb());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
