import coreWebVitals from 'eslint-config-next/core-web-vitals';
import typescript from 'eslint-config-next/typescript';

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: [
      '.next/**',
      'dist/**',
      'node_modules/**',
      'data/**',
      'drizzle/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  {
    // lib/ is the domain and its helpers: it depends on nothing in db/ (shared types live in
    // lib/domain.ts, which db/schema.ts imports), so the rules can be used and tested anywhere.
    files: ['lib/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/db', '@/db/**', '**/db', '**/db/**'],
              message: 'lib/ must not import from db/: move shared types to lib/domain.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pages, actions and route handlers reach the database through the data layer
    // (db/access/*, which checks session, role and organization), never around it.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/db/client', '**/db/client'],
              message: 'Use a function of the data layer (db/access/*) instead of getDb().',
            },
          ],
        },
      ],
    },
  },
  {
    // Each Playwright worker has its own server and database: a spec's `test` must be the one
    // that starts them and points baseURL there (e2e/fixtures/test.ts).
    files: ['e2e/**/*.ts'],
    ignores: ['e2e/fixtures/test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message: "Import test from './fixtures/test' (each worker's own server and database).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
