// The operator's commands need no TypeScript runner in production (issue 14: "tsx is not needed in
// production"). package.json runs each with plain `node` on its bundle in dist/scripts
// (scripts/commands.mjs, made by `npm run build`); here the bundles are copied beside a
// node_modules holding the production dependencies only (what `npm ci --omit=dev` leaves: no tsx,
// no esbuild) and each command is run there with `node` on a fresh database.
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const operatorScripts = {
  seed: 'prepare-db',
  'resolution:parse': 'resolution-parse',
  backup: 'backup',
  restore: 'restore',
  reminders: 'reminders',
  unlock: 'unlock',
} as const;

describe('package.json', () => {
  it('keeps tsx out of the dependencies; esbuild, which builds the commands, is a devDependency', () => {
    expect(pkg.dependencies).not.toHaveProperty('tsx');
    expect(pkg.devDependencies).toHaveProperty('tsx');
    expect(pkg.devDependencies).toHaveProperty('esbuild');
    expect(pkg.scripts.build).toBe('next build && node scripts/commands.mjs --build');
    expect(pkg.scripts.start).toBe('next start');
  });

  it('runs every operator command with plain node on its bundle', () => {
    for (const [script, bundle] of Object.entries(operatorScripts)) {
      const command = pkg.scripts[script]!;
      expect(command, script).not.toMatch(/\btsx\b/);
      expect(command, script).toMatch(
        new RegExp(`^node scripts/commands\\.mjs && node (--conditions=react-server )?dist/scripts/${bundle}\\.mjs$`),
      );
    }
    // The commands that reach 'server-only' modules run under the react-server condition, as before.
    expect(pkg.scripts.reminders).toContain('--conditions=react-server');
    expect(pkg.scripts.unlock).toContain('--conditions=react-server');
  });
});

describe('the compiled commands, with production dependencies only', () => {
  let work: string;
  const bundles = path.join(root, 'dist', 'scripts');

  beforeAll(() => {
    // As before any command: builds the bundles when missing or older than the sources.
    const ensured = spawnSync(process.execPath, ['scripts/commands.mjs'], { cwd: root, encoding: 'utf8' });
    expect(ensured.stdout).toBe('');
    expect(ensured.status, ensured.stderr).toBe(0);

    work = mkdtempSync(path.join(tmpdir(), 'operator-commands-'));
    cpSync(bundles, path.join(work, 'dist', 'scripts'), { recursive: true });
    // What `npm ci --omit=dev` installs: every package the lock file does not mark "dev".
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    mkdirSync(path.join(work, 'node_modules', '@'), { recursive: true });
    for (const [key, entry] of Object.entries(lock.packages)) {
      const name = key.replace(/^node_modules\//, '');
      if (!key.startsWith('node_modules/') || name.includes('/node_modules/') || entry.dev) continue;
      if (!existsSync(path.join(root, key))) continue; // an optional package for another platform
      mkdirSync(path.dirname(path.join(work, key)), { recursive: true });
      symlinkSync(path.join(root, key), path.join(work, key));
    }
    // The commands read the migrations and the seed's resolutions from the working directory.
    symlinkSync(path.join(root, 'drizzle'), path.join(work, 'drizzle'));
    mkdirSync(path.join(work, 'db', 'seed'), { recursive: true });
    symlinkSync(path.join(root, 'db/seed/resolutions'), path.join(work, 'db/seed/resolutions'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const run = (bundle: string, args: string[], env: Record<string, string> = {}, conditions = false) =>
    spawnSync(
      process.execPath,
      [...(conditions ? ['--conditions=react-server'] : []), `dist/scripts/${bundle}.mjs`, ...args],
      {
        cwd: work,
        env: {
          NODE_ENV: 'production',
          PATH: process.env.PATH!,
          NODE_PATH: '',
          // The tests' cheap password hashing (vitest.config.mts), for the seed's accounts.
          AUTH_HASH_MEMORY_KIB: process.env.AUTH_HASH_MEMORY_KIB ?? '',
          AUTH_HASH_TIME_COST: process.env.AUTH_HASH_TIME_COST ?? '',
          DATABASE_PATH: path.join(work, 'data', 'app.db'),
          ...env,
        },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );

  it('has no tsx and no esbuild to reach', () => {
    expect(existsSync(path.join(work, 'node_modules', 'better-sqlite3'))).toBe(true);
    expect(existsSync(path.join(work, 'node_modules', 'tsx'))).toBe(false);
    expect(existsSync(path.join(work, 'node_modules', 'esbuild'))).toBe(false);
  });

  it('imports only Node built-ins and declared dependencies', () => {
    const builtins = new Set(builtinModules);
    const packageOf = (specifier: string) =>
      specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    for (const file of readdirSync(path.join(work, 'dist', 'scripts')).filter((f) => f.endsWith('.mjs'))) {
      const code = readFileSync(path.join(work, 'dist', 'scripts', file), 'utf8');
      const specifiers = [
        ...code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']/g),
        ...code.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g),
        ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
        ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
      ].map((m) => m[1]!);
      expect(specifiers.length, file).toBeGreaterThan(0);
      for (const specifier of specifiers) {
        if (specifier.startsWith('node:') || builtins.has(specifier) || specifier.startsWith('.')) continue;
        expect(pkg.dependencies, `${file} imports ${specifier}`).toHaveProperty(packageOf(specifier));
      }
    }
  });

  it('resolution:parse prints the resolution as JSON, and its targets with --targets', () => {
    const parsed = run('resolution-parse', [path.join(root, 'db/seed/resolutions/2023.txt')]);
    expect(parsed.status, parsed.stderr).toBe(0);
    expect(JSON.parse(parsed.stdout)).toMatchObject({ resolution: { title: expect.stringContaining('năm 2023') } });
    const targets = run('resolution-parse', ['--targets', path.join(root, 'db/seed/resolutions/2023.txt')]);
    expect(targets.status, targets.stderr).toBe(0);
    expect(Array.isArray(JSON.parse(targets.stdout))).toBe(true);
  });

  it('seed, unlock, reminders, backup and restore work on a fresh database', () => {
    const seeded = run('prepare-db', [], { SEED_PASSWORD: 'mat-khau-thu-nghiem-2023' });
    expect(seeded.status, seeded.stderr).toBe(0);
    expect(seeded.stdout).toContain('Đã nhập nghị quyết năm 2023');

    const unlocked = run('unlock', ['bithu'], {}, true);
    expect(unlocked.status, unlocked.stderr).toBe(0);
    expect(unlocked.stdout).toContain('Đã mở khóa đăng nhập cho bithu');

    const reminded = run('reminders', [], { REMINDERS_NOW: '2023-07-01T01:00:00Z' }, true);
    expect(reminded.status, reminded.stderr).toBe(0);
    expect(reminded.stdout).toContain('"event":"reminders.run"');

    const backupDir = path.join(work, 'backups');
    const backedUp = run('backup', [], { BACKUP_DIR: backupDir });
    expect(backedUp.status, backedUp.stderr).toBe(0);
    const [copy] = readdirSync(backupDir).filter((f) => f.endsWith('.db'));
    expect(copy).toBeDefined();

    const restored = run('restore', [path.join(backupDir, copy!)], { BACKUP_DIR: backupDir });
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('(restored)');
  });
});
