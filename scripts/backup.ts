// npm run backup — online backup of DATABASE_PATH into BACKUP_DIR (default data/backups/).
// Prints the new file's path on stdout; exits 1 with the reason on stderr when it fails.
import { backupDatabase, backupDirectory } from '@/db/backup';
import { databasePath } from '@/db/client';

async function main(): Promise<void> {
  const file = await backupDatabase(databasePath(), backupDirectory());
  console.log(file);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
