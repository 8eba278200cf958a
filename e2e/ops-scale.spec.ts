// Scale by design: the SQL statements the server runs to serve the dashboard and the approval
// queue do not grow with the number of updates (20 → 1,600: the same count, no query per row),
// and none of them scans a large table from end to end (EXPLAIN QUERY PLAN).
import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedAtScale } from '../bench/seed-scale';
import { makeTempDir, prepareDatabase, signIn, startServer, type RunningServer } from '../test/ops/server-harness';

let dir: string;
let server: RunningServer | null = null;

test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

// Tables that grow with use; a full scan of one of them is a page that slows down every year.
const growingTables = ['updates', 'audit_log', 'evidence_files', 'login_failures'];

type Page = { name: string; path: string; cookie: string };

/** A statement with its values blanked, to compare what runs rather than with which ids. */
const shape = (statement: string) =>
  statement
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b\d+(\.\d+)?\b/g, '?')
    .replace(/\(\?(?:, \?)*\)/g, '(?…)');

function difference(a: string[], b: string[]): string[] {
  const rest = [...b.map(shape)];
  const extra: string[] = [];
  for (const s of a.map(shape)) {
    const at = rest.indexOf(s);
    if (at >= 0) rest.splice(at, 1);
    else extra.push(s.slice(0, 300));
  }
  return extra;
}

test('the dashboard and the approval queue run the same statements for 20 and 1,600 updates, none scanning a growing table', async () => {
  test.setTimeout(120_000);
  dir = makeTempDir('scale');
  const dbFile = path.join(dir, 'app.db');
  const trace = path.join(dir, 'sql.log');
  prepareDatabase(dbFile);
  seedAtScale(dbFile, { clones: 3, monthsOfHistory: false, stressUpdates: 20, stressWaiting: 10 });
  writeFileSync(trace, '');
  server = await startServer({ dbFile, env: { SQL_TRACE_FILE: trace } });
  const running = server;
  // The mail worker's first run (2 s after start) queues reminders: background work, not a page's.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  const officer = await signIn(running.url, 'ubnd');
  const chair = await signIn(running.url, 'bithu');
  const pages: Page[] = [
    { name: 'officer dashboard', path: '/dashboard', cookie: officer },
    { name: 'chair overview', path: '/dashboard', cookie: chair },
    { name: 'approval queue', path: '/approvals', cookie: chair },
    { name: 'approval queue, page 2', path: '/approvals?page=2', cookie: chair },
    { name: 'who has not reported', path: '/approvals/missing', cookie: chair },
  ];

  /** The statements one request runs (after a warm-up request of the same page). */
  async function statementsOf(page: Page): Promise<string[]> {
    const get = async () => {
      const response = await fetch(`${running.url}${page.path}`, {
        headers: { cookie: page.cookie },
        redirect: 'manual',
      });
      expect(response.status, page.name).toBe(200);
      await response.text();
    };
    await get();
    const before = readFileSync(trace, 'utf8').length;
    await get();
    // The page cache's once-a-second look at the public revision and the mail worker's
    // half-minute look at the outbox run beside the request; they are not the page's own work.
    return readFileSync(trace, 'utf8')
      .slice(before)
      .split('\n')
      .filter((line) => line && !line.includes('public_revision') && !line.includes('"mail_outbox"'));
  }

  const small = new Map<string, string[]>();
  for (const page of pages) small.set(page.name, await statementsOf(page));

  // A thousand more updates (waiting, approved history) while the server runs.
  seedAtScale(dbFile, { clones: 0, monthsOfHistory: true, stressUpdates: 1000, stressWaiting: 400 });
  const sqlite = new Database(dbFile, { readonly: true });
  expect((sqlite.prepare('SELECT count(*) AS n FROM updates').get() as { n: number }).n).toBeGreaterThan(1000);

  const plans: string[] = [];
  for (const page of pages) {
    const large = await statementsOf(page);
    const extra = [
      ...difference(large, small.get(page.name)!).map((x) => `+ ${x}`),
      ...difference(small.get(page.name)!, large).map((x) => `- ${x}`),
    ];
    const counts = `${page.name}: ${small.get(page.name)!.length} statements with 20 updates, ${large.length} with 1,600+${extra.length ? `\n${extra.join('\n')}` : ''}`;
    console.log(counts);
    expect(large.length, counts).toBe(small.get(page.name)!.length);
    expect(large.length, `${page.name} runs statements`).toBeGreaterThan(0);
    for (const statement of new Set(large)) {
      if (!/^\s*(SELECT|WITH|UPDATE|DELETE)\b/i.test(statement)) continue;
      const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${statement}`).all() as { detail: string }[]).map(
        (row) => row.detail,
      );
      const scans = plan.filter((detail) =>
        growingTables.some((table) => new RegExp(`^SCAN ${table}\\b`).test(detail)),
      );
      if (scans.length > 0) plans.push(`${page.name}: ${scans.join('; ')}\n    ${statement.slice(0, 400)}`);
    }
  }
  sqlite.close();
  expect(plans, `full scans of growing tables:\n${plans.join('\n')}`).toEqual([]);
});
