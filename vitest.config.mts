import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      'server-only': path.resolve(__dirname, 'test/server-only-stub.ts'),
      '@': path.resolve(__dirname),
    },
  },
  test: {
    environment: 'node',
    // Password hashing at its cheapest (lib/auth/auth-config.ts): the tests count the work done
    // rather than time it.
    env: { AUTH_HASH_MEMORY_KIB: '1024', AUTH_HASH_TIME_COST: '1' },
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', 'data/**'],
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: 'forks',
    // One test file per core. Vitest's default leaves a core free, which on a 2-core machine ran
    // the 77 files one at a time: 336 s against 211 s with two, back to back on a loaded machine.
    maxWorkers: availableParallelism(),
  },
});
