// Holds the write lock of a database from another process (as a second server, a backup or a
// long script would) until SIGTERM: BEGIN IMMEDIATE, print "locked", wait, roll back.
//   node lock-holder.mjs <db>
import Database from 'better-sqlite3';

const sqlite = new Database(process.argv[2], { fileMustExist: true });
sqlite.exec('BEGIN IMMEDIATE');
console.log('locked');
process.on('SIGTERM', () => {
  sqlite.exec('ROLLBACK');
  sqlite.close();
  process.exit(0);
});
setInterval(() => undefined, 1000);
