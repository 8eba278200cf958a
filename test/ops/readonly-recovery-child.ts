// Run by readonly-recovery.test.ts in a process that cannot bypass file modes: writes through the
// app's process-wide connection, waits for the test to make the file writable again, writes again.
import { getSqlite } from '@/db/client';

function write(label: string): void {
  try {
    getSqlite().prepare("UPDATE organizations SET name = name || '.' WHERE id = 1").run();
    console.log(`${label}:ok`);
  } catch (error) {
    console.log(`${label}:${(error as { code?: string }).code ?? String(error)}`);
  }
}

write('first');
process.stdin.once('data', () => {
  // Longer than the reopen back-off: the connection may be retried once this has passed.
  setTimeout(() => {
    write('second');
    process.exit(0);
  }, 1500);
});
