// npm run restore FILE — verifies FILE, backs up the current database (pre-restore-*.db in
// BACKUP_DIR), then restores FILE into DATABASE_PATH. Safe while the server runs.
import { BackupError, backupDirectory, restoreDatabase } from '@/db/backup';
import { databasePath } from '@/db/client';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    throw new BackupError('Cách dùng (usage): npm run restore -- <tệp sao lưu .db>');
  }
  const result = await restoreDatabase(file, databasePath(), backupDirectory());
  console.log(`Đã khôi phục ${file} vào ${result.restored} (restored).`);
  if (result.preRestoreBackup) {
    console.log(`Bản trước khi khôi phục (pre-restore backup): ${result.preRestoreBackup}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
