import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${port}`;

/** Playwright's own Chromium where it is installed, else Debian's (browsers cannot be downloaded here). */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined;
  } catch {
    // No bundled browser registered.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const e2eSeedPassword = 'e2e-Mat-khau-2023!';
/** The SMTP server e2e/workflow-reminders.spec.ts starts; the test server mails there. */
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT || port + 20000);

export default defineConfig({
  testDir: './e2e',
  // One server and one database for the whole run: specs that change state run in order.
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  },
  projects: [
    {
      name: 'chromium',
      use: {
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
      },
    },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_PATH: 'data/e2e/app.db',
      SEED_PASSWORD: e2eSeedPassword,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: 'e2e-secret-used-only-by-the-test-server-0123456789',
      NEXT_TELEMETRY_DISABLED: '1',
      SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
      MAIL_FROM: 'Văn phòng Đảng ủy <vanphong@phuong.example>',
    },
  },
});
