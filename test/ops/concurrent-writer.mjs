// Writes into a database as fast as it can, one report + its audit row per transaction, from a
// separate process (as the server would), until it receives SIGTERM. Prints "ready" after its
// first commits and the number of transactions it committed when it stops.
import Database from 'better-sqlite3';

const sqlite = new Database(process.argv[2], { fileMustExist: true });
sqlite.pragma('busy_timeout = 10000');
sqlite.pragma('foreign_keys = ON');
// Leave every commit in the WAL (as a server whose checkpoints are starved by readers would):
// a copy of the main file alone would then miss them all, the backup API must not.
sqlite.pragma('wal_autocheckpoint = 0');
const update = sqlite.prepare(
  `INSERT INTO updates (kind, target_id, organization_id, period_id, state, value, note, author_id, submitted_at,
     reviewer_id, reviewed_at)
   VALUES ('target', 1, 2, 1, 'approved', ?, ?, 1, ?, 2, ?)`,
);
const audit = sqlite.prepare(
  `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, details) VALUES (1, 'writer', 'update', ?, ?)`,
);
let seq = 0;
const commit = sqlite.transaction(() => {
  seq += 1;
  const id = update.run(seq, `writer ${seq} ${'x'.repeat(200)}`, Date.now(), Date.now()).lastInsertRowid;
  audit.run(id, JSON.stringify({ seq }));
});

let stopping = false;
process.on('SIGTERM', () => (stopping = true));
function loop() {
  for (let i = 0; i < 20 && !stopping; i++) commit();
  if (seq === 20) console.log('ready');
  if (stopping) {
    sqlite.close();
    console.log(`committed ${seq}`);
    process.exit(0);
  }
  setImmediate(loop);
}
loop();
