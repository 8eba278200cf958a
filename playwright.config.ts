import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Playwright's own Chromium where it is installed, else Debian's (browsers cannot be downloaded
 * here): its headless shell where installed, as Playwright itself runs headless tests, else the
 * whole browser. The shell has no GPU process nor browser UI: the a11y specs took 82 s with it
 * against 118 s with the whole browser, one worker, same build, quiet machine.
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined;
  } catch {
    // No bundled browser registered.
  }
  return ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path));
}

const measuredAlone = ['ops-signin-storm.spec.ts', 'ops-request-limits.spec.ts', 'ops-scale.spec.ts'];

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

/** Two workers by default, one per core of a 2-core machine; E2E_WORKERS changes it. */
const workers = Number(process.env.E2E_WORKERS || 2);

export default defineConfig({
  testDir: './e2e',
  // Each worker has its own server and database (e2e/fixtures/test.ts); the tests of one file
  // run in order in one worker, files run side by side.
  fullyParallel: false,
  workers,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two workers share two cores with their servers and browsers: a test may take up to about
  // twice its time alone, more on a machine others load too.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // baseURL is each worker's own server, set by e2e/fixtures/test.ts.
  use: {
    // Recording a trace costs every test about a third of its time (auth-login: 2,0 min with,
    // 1,4 min without, same build, quiet machine), and CI keeps no artifacts to open one from:
    // E2E_TRACE=1 records them, kept for the failures, when a failure needs one.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  },
  projects: [
    { name: 'chromium', testIgnore: measuredAlone, use: browser },
    // Specs that measure time or memory under a load they make themselves (a sign-in storm, 300 MB
    // bodies, a thousand requests) run after the others, one at a time, on a machine nothing else
    // loads: beside another worker their bounds measured the other worker.
    { name: 'measured-alone', testMatch: measuredAlone, dependencies: ['chromium'], workers: 1, use: browser },
  ],
});
