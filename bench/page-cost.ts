// npx tsx bench/page-cost.ts [--batches=5 --batch=20] [--keep=DIR] [--save=DIR] [--profile=DIR] [--only=approvals]
// The cost of the heaviest workspace pages, one request at a time (no concurrency, so the figures
// barely depend on other work on the machine): HTML bytes (raw and gzip), the RSC payload inlined
// in it, mean wall time and the server's CPU time per request. Uses the build in .next (run
// `npm run build` first) and the same scale data as `npm run bench`.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeTempDir, prepareDatabase, signIn, startServer } from '../test/ops/server-harness';
import { commandLineArgs } from './args';
import { cpuMs } from './load';
import { addOfficer, burstOfficers } from './officers';
import { seedAtScale } from './seed-scale';

const args = commandLineArgs();
const batches = Number(args.get('batches') ?? 5);
const batchSize = Number(args.get('batch') ?? 20);

type Row = {
  page: string;
  htmlKb: number;
  gzipKb: number;
  flightKb: number;
  meanMs: number;
  cpuMs: number;
  bestCpuMs: number;
};

/** Bytes of the RSC payload Next inlines into the HTML (self.__next_f.push chunks). */
function flightBytes(html: string): number {
  let total = 0;
  for (const match of html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)) total += match[1]!.length;
  return total;
}

async function main(): Promise<void> {
  const dir = args.get('keep') ?? makeTempDir('page-cost');
  const dbFile = path.join(dir, 'app.db');
  // --keep=DIR seeds once into DIR and reuses that database on later runs.
  if (!existsSync(dbFile)) {
    prepareDatabase(dbFile);
    // The benchmark's data set: its burst officers' slots stay free, so the pages see the same rows.
    addOfficer(dbFile, 'ubnd2', 'ubnd');
    seedAtScale(dbFile, { burstOfficers: burstOfficers(), burstPerOfficer: 50 });
  }
  // --profile=DIR: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profile = args.get('profile');
  const server = await startServer({ dbFile, nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [] });
  const rows: Row[] = [];
  try {
    const officer = await signIn(server.url, 'ubnd');
    const chair = await signIn(server.url, 'bithu');
    const pages = [
      { page: '/dashboard (officer ubnd)', path: '/dashboard', cookie: officer },
      { page: '/dashboard (chair)', path: '/dashboard', cookie: chair },
      { page: '/account (chair: the workspace floor)', path: '/account', cookie: chair },
      { page: '/approvals (chair, 1,000 waiting)', path: '/approvals', cookie: chair },
    ];
    for (const p of pages.filter((x) => !args.get('only') || x.page.includes(args.get('only')!))) {
      const get = async () => {
        // No compression asked for, as autocannon in `npm run bench`: the server's own cost only.
        const response = await fetch(`${server.url}${p.path}`, {
          headers: { cookie: p.cookie, 'accept-encoding': 'identity' },
          redirect: 'manual',
        });
        if (response.status !== 200) throw new Error(`${p.path}: ${response.status}`);
        return response.text();
      };
      for (let i = 0; i < 5; i++) await get();
      const html = await get();
      if (args.get('save'))
        writeFileSync(
          path.join(args.get('save')!, `${p.path.slice(1)}-${p.cookie === officer ? 'officer' : 'chair'}.html`),
          html,
        );
      // Batches: the CPU per request of the best batch is the figure least disturbed by other
      // work on a shared machine; the mean over all batches is printed beside it.
      const perBatch: number[] = [];
      let wall = 0;
      const windowStart = process.hrtime.bigint() / 1000n;
      for (let b = 0; b < batches; b++) {
        const cpuBefore = cpuMs(server.process.pid!);
        const started = performance.now();
        for (let i = 0; i < batchSize; i++) await get();
        wall += performance.now() - started;
        perBatch.push((cpuMs(server.process.pid!) - cpuBefore) / batchSize);
      }
      // The measured window in the profile's clock (monotonic µs), to leave start-up and sign-in out.
      if (profile)
        writeFileSync(
          path.join(profile, `window-${rows.length}.txt`),
          `${windowStart} ${process.hrtime.bigint() / 1000n} ${p.page}\n`,
        );
      const kb = (n: number) => Math.round(n / 102.4) / 10;
      rows.push({
        page: p.page,
        htmlKb: kb(Buffer.byteLength(html)),
        gzipKb: kb(gzipSync(html).length),
        flightKb: kb(flightBytes(html)),
        meanMs: Math.round((wall / (batches * batchSize)) * 10) / 10,
        cpuMs: Math.round((perBatch.reduce((a, b) => a + b, 0) / batches) * 10) / 10,
        bestCpuMs: Math.round(Math.min(...perBatch) * 10) / 10,
      });
    }
  } finally {
    await server.stop();
    if (!args.get('keep')) rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\n${batches} batches of ${batchSize} sequential requests per page after 5 warm-ups (CPU: mean, and the best batch)\n`,
  );
  console.table(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
