import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const notTests = ['node_modules', 'e2e', '.next', 'data', 'dist', '.git'];

/** Every test file of the repo, relative to its root. */
function testFiles(dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return notTests.includes(entry.name) ? [] : testFiles(file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

// A file that replaces or watches a module (vi.mock, vi.spyOn…) needs its own copy of every
// module; the others share one per worker, which saves importing Drizzle, next-auth and the
// domain again for each file: 43 s against 72 s for the whole run, quiet machine.
const replacesModules = /\bvi\.(mock|doMock|spyOn|stubEnv|stubGlobal|resetModules)\b/;
const ownModules = testFiles().filter((file) => replacesModules.test(readFileSync(path.join(root, file), 'utf8')));

const exclude = [...configDefaults.exclude, ...notTests.map((dir) => `${dir}/**`)];

export default defineConfig({
  resolve: {
    alias: {
      'server-only': path.resolve(root, 'test/server-only-stub.ts'),
      '@': root,
    },
  },
  test: {
    environment: 'node',
    // Password hashing at its cheapest (lib/auth/auth-config.ts): the tests count the work done
    // rather than time it.
    env: { AUTH_HASH_MEMORY_KIB: '1024', AUTH_HASH_TIME_COST: '1' },
    exclude,
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: 'forks',
    // One test file per core. Vitest's default leaves a core free, which on a 2-core machine ran
    // the 77 files one at a time: 336 s against 211 s with two, back to back on a loaded machine.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'shared modules',
          include: ['**/*.test.ts'],
          exclude: [...exclude, ...ownModules],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'own modules', include: ownModules } },
    ],
  },
});
