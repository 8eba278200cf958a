// Checks, on the production build, that the public pages' cache lives with the server process:
// `/` is served from the front cache (x-front-cache: hit), and a server restarted on ANOTHER database
// renders `/` from that database instead of serving the page rendered before the restart.
//   npm run build && npx tsx scripts/check-cache-restart.ts   (PORT defaults to 3209)
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareDatabase } from '../db/prepare';
import { insertUpdate } from '../test/update-rows';

const port = Number(process.env.PORT || 3209);
const base = `http://127.0.0.1:${port}`;
const root = mkdtempSync(path.join(tmpdir(), 'cache-restart-'));

async function start(databasePath: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['server.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: databasePath,
      NEXTAUTH_SECRET: 'check-cache-restart-secret-0123456789abcdef',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: process.env.DEBUG_CHECK ? 'inherit' : 'ignore',
    detached: true,
  });
  for (let i = 0; i < 60; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start');
}

/** Kills the whole group (npx, next and its server; a graceful stop waits for idle keep-alive sockets) and waits for the port. */
async function stop(child: ChildProcess): Promise<void> {
  process.kill(-child.pid!, 'SIGKILL');
  for (let i = 0; i < 60; i++) {
    if (
      !(await fetch(`${base}/api/health`).then(
        () => true,
        () => false,
      ))
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not stop');
}

async function main(): Promise<void> {
  const a = path.join(root, 'a', 'app.db');
  const b = path.join(root, 'b', 'app.db');
  prepareDatabase(a, { seedPassword: 'check-cache-restart' });
  prepareDatabase(b, { seedPassword: 'check-cache-restart' });
  const sqlite = new Database(b);
  insertUpdate(sqlite, { kind: 'target', subjectCode: '2.1.01', period: '2023-Q4', state: 'approved', value: 777.25 });
  sqlite.close();

  let server = await start(a);
  let second: string | null;
  try {
    await fetch(`${base}/`);
    second = (await fetch(`${base}/`)).headers.get('x-front-cache');
  } finally {
    await stop(server);
  }
  server = await start(b);
  let after: Response;
  let fresh: boolean;
  try {
    after = await fetch(`${base}/`);
    fresh = (await after.text()).includes('777,25');
  } finally {
    await stop(server);
  }
  console.log(`second request on database A: x-front-cache ${second}`);
  console.log(
    `first request after restart on database B: x-front-cache ${after.headers.get('x-front-cache')}, ${fresh ? 'shows B’s figure' : 'STALE (A’s page)'}`,
  );
  if (second !== 'hit' || !fresh) process.exitCode = 1;
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(root, { recursive: true, force: true }));
