// Writes into a database from a separate process (as a second server or a script would), one
// update + its audit row per transaction, until it receives SIGTERM. Prints "ready" after its
// first commits and "committed N" when it stops.
//   node concurrent-writer.mjs <db> [holdMs]
// holdMs = 0: commit as fast as possible. holdMs > 0: keep each write transaction (and so the
// database's write lock) open that long, then pause as long, to make other writers wait.
import Database from 'better-sqlite3';

const holdMs = Number(process.argv[3] ?? 0);
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
  if (holdMs > 0) {
    const until = Date.now() + holdMs;
    while (Date.now() < until) {
      // Busy on purpose: the write lock stays held.
    }
  }
});

let stopping = false;
process.on('SIGTERM', () => (stopping = true));
function loop() {
  const batch = holdMs > 0 ? 1 : 20;
  for (let i = 0; i < batch && !stopping; i++) commit.immediate();
  if (seq >= 20 || (holdMs > 0 && seq === 1)) {
    if (!loop.ready) console.log('ready');
    loop.ready = true;
  }
  if (stopping) {
    sqlite.close();
    console.log(`committed ${seq}`);
    process.exit(0);
  }
  if (holdMs > 0) setTimeout(loop, holdMs);
  else setImmediate(loop);
}
loop();
