// Starts and stops real production servers (`next start`, as `npm start`, after `npm run build`) on databases of
// their own, for the fault and scale tests and the benchmark. Nothing here is a test itself.
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import Database from 'better-sqlite3';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(__dirname, '../..');
export const opsSeedPassword = 'Ops-Mat-khau-2023!';
// `npm start` is `next start`: run Next's own CLI with this Node (so nodeArgs apply to the server).
const nextCli = path.join(projectRoot, 'node_modules/next/dist/bin/next');

// Servers this process started: killed if it exits without stopping them (a failed test).
const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/** Whether nothing listens on `port` of 127.0.0.1 right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * A port nothing listens on right now, in this process's hundred: OPS_PORT_FROM (default 3300)
 * plus 100 × the Playwright worker's number (TEST_PARALLEL_INDEX), so two workers never probe
 * the same ports at once and both take the same one.
 */
export async function freePort(): Promise<number> {
  const from = Number(process.env.OPS_PORT_FROM || 3300) + 100 * Number(process.env.TEST_PARALLEL_INDEX || 0);
  for (let port = from; port < from + 100; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`no free port in ${from}–${from + 99}`);
}

export function makeTempDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `rt-${label}-`));
}

const packageScripts = (
  JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;
// The steps before a command's own (`node scripts/commands.mjs`: build the bundles when missing or
// stale) that this process has run already: once is enough, the sources do not change under a test.
const stepsDone = new Set<string>();

/**
 * Runs an operator command as its npm script does (`npm run restore -- file`), read from
 * package.json: the bundle in dist/scripts with plain node and the script's node flags (e.g.
 * --conditions=react-server), so a test runs what ships, not the TypeScript sources.
 */
export function runOperatorCommand(
  script: string,
  args: string[],
  options: { env?: Record<string, string>; timeout?: number } = {},
): SpawnSyncReturns<string> {
  const line = packageScripts[script];
  if (!line) throw new Error(`package.json has no script ${script}`);
  const steps = line.split(' && ').map((step) => step.split(' '));
  if (steps.some(([program]) => program !== 'node')) throw new Error(`not plain node steps: ${line}`);
  const spawnOptions = {
    cwd: projectRoot,
    env: { ...process.env, ...options.env },
    encoding: 'utf8' as const,
    timeout: options.timeout ?? 60_000,
  };
  for (const [, ...step] of steps.slice(0, -1)) {
    const key = step.join(' ');
    if (stepsDone.has(key)) continue;
    const result = spawnSync(process.execPath, step, spawnOptions);
    if (result.status !== 0) return result;
    stepsDone.add(key);
  }
  const [, ...command] = steps.at(-1)!;
  return spawnSync(process.execPath, [...command, ...args], spawnOptions);
}

let template: string | null = null;

/**
 * A fresh migrated and seeded database at `file`, as `npm start`'s prestart makes it. The seed
 * (eleven bcrypt hashes) runs once per test process into a template; later calls copy it.
 */
export function prepareDatabase(file: string): void {
  if (!template) {
    const dir = makeTempDir('template');
    const candidate = path.join(dir, 'app.db');
    const result = runOperatorCommand('seed', [], {
      env: { DATABASE_PATH: candidate, SEED_PASSWORD: opsSeedPassword },
    });
    if (result.status !== 0) throw new Error(`prepare-db failed: ${result.stderr}`);
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    template = candidate;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const source = new Database(template, { readonly: true });
  try {
    // A consistent single-file copy; the copy is switched to WAL like every app database.
    source.prepare('VACUUM INTO ?').run(file);
  } finally {
    source.close();
  }
  const copy = new Database(file);
  copy.pragma('journal_mode = WAL');
  copy.close();
}

export type RunningServer = {
  url: string;
  port: number;
  dbFile: string;
  process: ChildProcess;
  /** Everything the server printed (stdout and stderr), in order. */
  output: () => string;
  /** Resident memory of the server process in kB (from /proc). */
  rssKb: () => number;
  stop: () => Promise<void>;
  kill: () => Promise<void>;
};

export type StartOptions = {
  dbFile: string;
  port?: number;
  env?: Record<string, string>;
  /** Runs the server through this command (e.g. setpriv to drop a capability). */
  wrapper?: string[];
  /** Flags for node itself (e.g. --cpu-prof), which NODE_OPTIONS does not accept. */
  nodeArgs?: string[];
  /** How long the server may take to answer /api/health (default 45 s). */
  startTimeoutMs?: number;
  /** Also appends everything the server prints to this file. */
  logFile?: string;
  /** `next start --keepAliveTimeout`: how long an idle connection stays open (Node's default: 5 s). */
  keepAliveTimeoutMs?: number;
};

/** Starts the production server on `dbFile` and waits until /api/health answers. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const command = [
    ...(options.wrapper ?? []),
    process.execPath,
    ...(options.nodeArgs ?? []),
    nextCli,
    'start',
    '--port',
    String(port),
    ...(options.keepAliveTimeoutMs ? ['--keepAliveTimeout', String(options.keepAliveTimeoutMs)] : []),
  ];
  const child = spawn(command[0]!, command.slice(1), {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_PATH: options.dbFile,
      PORT: String(port),
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: 'ops-tests-secret-0123456789-abcdefghijklmnop',
      SEED_PASSWORD: opsSeedPassword,
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : null;
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    log?.write(chunk);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  started.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      started.delete(child);
      log?.end();
      resolve();
    }),
  );

  const startTimeoutMs = options.startTimeoutMs ?? 45_000;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer within ${startTimeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    url,
    port,
    dbFile: options.dbFile,
    process: child,
    output: () => output,
    rssKb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    },
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  };
}

export type SignInAttempt = { ok: boolean; status: number; error: string | null; cookie: string };

/** One sign-in through next-auth's own endpoints (as the login page does): what came back. */
export async function trySignIn(url: string, username: string, password = opsSeedPassword): Promise<SignInAttempt> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrfResponse = await fetch(`${url}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader() },
    body: new URLSearchParams({ username, password, csrfToken, json: 'true' }),
    redirect: 'manual',
  });
  keep(response);
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const error = body.url ? new URL(body.url).searchParams.get('error') : null;
  const ok = [...jar.keys()].some((name) => name.endsWith('next-auth.session-token'));
  return { ok, status: response.status, error, cookie: cookieHeader() };
}

/** A signed-in session's cookie header; throws when the sign-in is refused. */
export async function signIn(url: string, username: string, password = opsSeedPassword): Promise<string> {
  const attempt = await trySignIn(url, username, password);
  if (!attempt.ok) throw new Error(`sign-in of ${username} failed: ${attempt.status} ${attempt.error}`);
  return attempt.cookie;
}
