// The operator's commands (npm run seed, resolution:parse, backup, restore, reminders, unlock) run
// with plain `node` from one bundle per command in dist/scripts/ (git-ignored), so production
// needs no TypeScript runner: `npm run build` makes them with esbuild (a devDependency, like the
// rest of the build) and `npm ci --omit=dev` afterwards keeps them working.
//
//   node scripts/commands.mjs --build   builds every bundle (the end of `npm run build`)
//   node scripts/commands.mjs           before each command: builds the bundles when they are
//                                       missing or older than the sources (a fresh `npm ci`, a
//                                       pull without a build) and esbuild is there; else nothing
//
// It never writes to stdout: `npm run -s resolution:parse` prints only the parser's JSON.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = path.join(root, 'dist', 'scripts');
export const commands = ['prepare-db', 'resolution-parse', 'backup', 'restore', 'reminders', 'unlock'];
const stampFile = path.join(outDir, '.built');

/** The newest modification time of what the bundles are made of. */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(ts|tsx|mjs|js|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
        newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ['scripts', 'db', 'lib']) visit(path.join(root, dir));
  for (const file of ['package.json', 'tsconfig.json'])
    newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  return newest;
}

function isFresh() {
  if (!existsSync(stampFile)) return false;
  if (!commands.every((c) => existsSync(path.join(outDir, `${c}.mjs`)))) return false;
  return statSync(stampFile).mtimeMs >= newestSource();
}

export async function buildCommands() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: commands.map((c) => `scripts/${c}.ts`),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // npm packages stay imports, resolved from node_modules at run time (dependencies only:
    // scripts/commands.test.ts checks it); the `@/` paths come from tsconfig.json.
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(outDir, { recursive: true });
  // Each file replaced in one rename: a command started meanwhile (tests run several at once)
  // reads the old bundle or the new one, never half of one.
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  writeFileSync(stampFile, `${new Date().toISOString()}\n`);
}

async function hasEsbuild() {
  try {
    await import('esbuild');
    return true;
  } catch {
    return false;
  }
}

async function main() {
  if (process.argv.includes('--build')) {
    await buildCommands();
    process.stderr.write(`Operator commands built in ${path.relative(root, outDir)}/\n`);
    return;
  }
  const present = commands.every((c) => existsSync(path.join(outDir, `${c}.mjs`)));
  // Production (installed with --omit=dev) has no esbuild: it runs what `npm run build` made.
  if (!(await hasEsbuild())) {
    if (present) return;
    process.stderr.write('Chưa có dist/scripts: chạy `npm run build` trước (run `npm run build` first).\n');
    process.exit(1);
  }
  if (!present || !isFresh()) await buildCommands();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
