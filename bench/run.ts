// npm run bench [-- --no-build --duration=10 --connections=50]
// Builds, seeds a database at scale, starts `next start` on it and, in front of it, nginx as
// deploy/nginx configures it (when nginx is installed), and loads both with autocannon from this
// (separate) process, asking as a browser asks (gzip):
// - the app alone: /api/health (the cheapest response Next builds: the baseline), `/`, the open
//   data, a static file, the officer's dashboard and the chair's queue;
// - behind nginx (HTTPS): a static file nginx serves from disk (the baseline), `/` and the open
//   data from its micro-cache;
// then a burst of update submissions. Prints a table (req/s, p50/p99 latency, ratio to the group's
// baseline, server CPU per request) and writes bench/results/bench-<time>.json. Numbers are for
// people: nothing asserts them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { nginxBinary, reservePorts, startNginx, type RunningNginx } from '../test/ops/nginx-harness';
import { makeTempDir, prepareDatabase, projectRoot, signIn, startServer } from '../test/ops/server-harness';
import { commandLineArgs } from './args';
import { addOfficer, burstOfficers } from './officers';
import { firstLoadJs, publicFirstLoadGoalKb, type FirstLoad } from './first-load-js';
import { formatTable, load, type LoadResult } from './load';

type Target = {
  name: string;
  via: 'app' | 'nginx';
  path: string;
  headers: Record<string, string>;
  baseline: 'app' | 'nginx' | 'workspace';
};
import { runSubmissionBurst, type BurstResult } from './submission-burst';
import { seedAtScale } from './seed-scale';

const args = commandLineArgs();
const duration = Number(args.get('duration') ?? 10);
const connections = Number(args.get('connections') ?? 50);
const burstSize = Number(args.get('burst') ?? 500);

function step(message: string): void {
  console.log(`\n▸ ${message}`);
}

function build(): void {
  step('npm run build');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
}

/** The app's stylesheet from the build: served from disk by Next, no proxy, no render — the ceiling. */
function staticAssetPath(): string {
  const css = readdirSync(path.join(projectRoot, '.next/static/chunks')).find((name) => name.endsWith('.css'));
  if (css) return `/_next/static/chunks/${css}`;
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, '.next/build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  return `/_next/${manifest.rootMainFiles[0]}`;
}

async function main(): Promise<void> {
  if (args.get('no-build') !== 'true') build();
  const dir = makeTempDir('bench');
  const dbFile = path.join(dir, 'app.db');
  step(`seeding ${dbFile}`);
  prepareDatabase(dbFile);
  const officers = burstOfficers();
  addOfficer(dbFile, 'ubnd2', 'ubnd');
  const perOfficer = Math.ceil(burstSize / officers.length);
  const seeded = seedAtScale(dbFile, { burstOfficers: officers, burstPerOfficer: perOfficer });
  console.log(
    `  ${seeded.updates} updates (${seeded.waiting} waiting for the chair), ${officers.length} officers ready for the burst`,
  );

  const server = await startServer({ dbFile });
  let nginx: RunningNginx | null = null;
  if (nginxBinary) {
    const [httpPort, httpsPort] = (await reservePorts(2)) as [number, number];
    nginx = await startNginx(path.join(dir, 'nginx'), { appPort: server.port, httpPort, httpsPort });
  } else {
    console.log('  nginx is not installed (apt-get install -y nginx-light): the behind-nginx rows are skipped');
  }
  const results: LoadResult[] = [];
  let burst: BurstResult | null = null;
  const firstLoad: FirstLoad[] = [];
  try {
    const officer = await signIn(server.url, 'ubnd');
    const chair = await signIn(server.url, 'bithu');
    // Browsers ask for compressed responses; the load does too, so each answer costs what it
    // costs a citizen's visit.
    const browser = { 'accept-encoding': 'gzip, deflate, br' };
    const asset = staticAssetPath();
    const targets: Target[] = [
      { name: 'app: /api/health (baseline)', via: 'app', path: '/api/health', headers: browser, baseline: 'app' },
      { name: 'app: public page /', via: 'app', path: '/', headers: browser, baseline: 'app' },
      { name: 'app: open data JSON', via: 'app', path: '/api/public/summary', headers: browser, baseline: 'app' },
      { name: 'app: static file', via: 'app', path: asset, headers: browser, baseline: 'app' },
      ...(nginx
        ? ([
            { name: 'nginx: static file (baseline)', via: 'nginx', path: asset, headers: browser, baseline: 'nginx' },
            { name: 'nginx: public page /', via: 'nginx', path: '/', headers: browser, baseline: 'nginx' },
            {
              name: 'nginx: open data JSON',
              via: 'nginx',
              path: '/api/public/summary',
              headers: browser,
              baseline: 'nginx',
            },
          ] satisfies Target[])
        : []),
      {
        name: 'app: dashboard (officer ubnd)',
        via: 'app',
        path: '/dashboard',
        headers: { ...browser, cookie: officer },
        baseline: 'workspace',
      },
      {
        name: 'app: approvals (chair, 1,000 waiting)',
        via: 'app',
        path: '/approvals',
        headers: { ...browser, cookie: chair },
        baseline: 'workspace',
      },
    ];
    for (const target of targets) {
      const { headers } = target;
      // Warm up: the first visit renders and caches a public page, and Next loads the route's
      // code; the measured runs start after.
      // (Through nginx the app behind is already warm; nginx's cache fills in the first second.)
      for (let i = 0; i < 20 && target.via === 'app'; i++)
        await fetch(`${server.url}${target.path}`, { headers, redirect: 'manual' }).then((r) => r.arrayBuffer());
      // Then two seconds of the same load, not counted: the baseline is the first target after the
      // server starts, and its first seconds under load run Next's request path before V8 has
      // optimized it (5 s runs on one build at load 5–9: 10–12 ms CPU per /api/health request in the
      // first, 5–10 ms in the next two), so the baseline was measured dearer than it is.
      if (target.via === 'app') await load(target.name, server.url, target.path, { connections, duration: 2, headers });
      step(`${target.name}: ${connections} connections, ${duration} s`);
      const base = target.via === 'nginx' ? nginx!.url : server.url;
      const result = await load(target.name, base, target.path, {
        connections,
        duration,
        headers,
        serverPid: server.process.pid,
      });
      console.log(
        `  ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.cpuMsPerRequest} ms server CPU per request, ` +
          `${result.kbPerResponse} kB per response, non-2xx ${result.non2xx}`,
      );
      results.push({ ...result, baseline: target.baseline });
    }
    for (const group of ['app', 'nginx', 'workspace'] as const) {
      const first = results.find((r) => r.baseline === group);
      if (!first || group === 'workspace') continue;
      const baseline = first.requestsPerSecond;
      for (const r of results)
        if (r.baseline === group) r.ratioToBaseline = baseline > 0 ? r.requestsPerSecond / baseline : 0;
    }

    step(`burst: ${officers.length * perOfficer} update submissions from ${officers.length} officers at once`);
    burst = await runSubmissionBurst(server.url, officers, seeded.burstSlots);
    console.log(`  ${burst.ok} accepted, ${burst.failed} refused or failed in ${burst.seconds} s`);

    step('first-load JavaScript');
    const pages = [
      { path: '/login', cookie: undefined },
      { path: '/', cookie: undefined },
      { path: '/dashboard', cookie: officer },
      { path: '/approvals', cookie: chair },
    ];
    for (const target of pages) {
      firstLoad.push(
        await firstLoadJs(
          projectRoot,
          `${server.url}${target.path}`,
          target.path,
          target.cookie ? { cookie: target.cookie } : {},
        ),
      );
    }
  } finally {
    await nginx?.stop();
    await server.stop();
  }

  console.log('\nResults (same run, same machine; compare ratios, not absolute figures)\n');
  console.log(formatTable(results));
  if (burst) {
    console.log(
      `\nburst: ${burst.ok}/${burst.total} submissions accepted in ${burst.seconds} s (${burst.perSecond}/s), ` +
        `p50 ${burst.p50Ms} ms, p99 ${burst.p99Ms} ms, failures ${burst.failed}${burst.failures.length ? `: ${burst.failures.slice(0, 3).join('; ')}` : ''}`,
    );
  }
  console.log(
    '\nFirst-load JS of a modern browser (gzip; scripts and preloads in the page HTML, no nomodule polyfill)',
  );
  for (const f of firstLoad)
    console.log(
      `  ${f.page.padEnd(12)} ${String(f.gzipKb).padStart(7)} kB gzip  (${f.rawKb} kB raw, ${f.scripts} files)` +
        (f.page === '/' ? `  goal ≤ ${publicFirstLoadGoalKb} kB (e2e/public-first-load.spec.ts checks it)` : ''),
    );
  const compare = (group: 'app' | 'nginx', goal: number) => {
    const rows = results.filter((r) => r.baseline === group);
    const base = rows[0];
    const home = rows.find((r) => r.path === '/');
    if (!base || !home) return;
    console.log(
      `\n${group === 'app' ? 'App alone' : 'Behind nginx'}: / ${home.requestsPerSecond} req/s, p99 ${home.p99Ms} ms; ` +
        `${base.name.replace(/ \(baseline\)$/, '')} ${base.requestsPerSecond} req/s, p99 ${base.p99Ms} ms: ` +
        `/ serves ${Math.round((home.ratioToBaseline ?? 0) * 100)} % of the baseline's requests per second (goal ≥ ${goal * 100} %).`,
    );
  };
  compare('app', 0.6);
  compare('nginx', 0.8);
  const loadAverage = loadavg()[0]!;
  if (loadAverage > cpus().length)
    console.log(
      `  Load average ${loadAverage.toFixed(1)} on ${cpus().length} cores: other work shared the machine; absolute figures are low.`,
    );

  const outDir = path.join(projectRoot, 'bench/results');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: loadavg(),
  };
  const seededCounts = { updates: seeded.updates, waiting: seeded.waiting };
  writeFileSync(
    file,
    JSON.stringify(
      { at: new Date().toISOString(), machine, duration, connections, seeded: seededCounts, results, burst, firstLoad },
      null,
      2,
    ),
  );
  console.log(`\nWritten ${path.relative(projectRoot, file)}`);
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
