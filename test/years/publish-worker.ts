// A second administrator in another process: waits until the start instant, publishes the draft,
// prints the outcome as JSON. Run with: node --import tsx publish-worker.ts
//   <db> <draftId> <version> <adminId> <startAtMs>
import Module from 'node:module';

// 'server-only' refuses to load outside Next's server bundles; this process is a server too.
const load = Module.createRequire(__filename);
const stub = new Module(load.resolve('server-only'));
stub.loaded = true;
load.cache[load.resolve('server-only')] = stub;

async function main() {
  const { createDb, openSqlite } = await import('@/db/client');
  const { publishDraft } = await import('@/db/access/resolution-publish');
  const [file, draftId, version, adminId, startAt] = process.argv.slice(2);
  const db = createDb(openSqlite(file));
  while (Date.now() < Number(startAt)) {
    // Both workers start their transaction in the same millisecond.
  }
  let outcome: unknown;
  try {
    outcome = publishDraft(
      { id: Number(adminId), role: 'admin' },
      { id: Number(draftId), version: Number(version) },
      db,
    );
  } catch (error) {
    // Outside Next, the cache revalidation after a successful commit has no store to expire;
    // anything else is a failure of the publish itself.
    const message = String(error);
    outcome = /revalidatePath|static generation store/i.test(message)
      ? { ok: true, afterCommit: message.slice(0, 80) }
      : { ok: false, error: message.slice(0, 200) };
  }
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
}
void main();
