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
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
