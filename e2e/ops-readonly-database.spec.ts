// A disk that refuses writes: the database file is made read-only and the production server
// restarted on it. Reading still works; a change gives a clear Vietnamese message instead of a
// crash; signing in fails with a Vietnamese sentence; nothing already saved is lost or altered.
import { type BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { digestDatabase } from '../test/ops/db-fixture';
import { readOnlyServerWrapper, setReadOnly } from '../test/ops/read-only';
import {
  makeTempDir,
  opsSeedPassword,
  prepareDatabase,
  signIn,
  startServer,
  type RunningServer,
} from '../test/ops/server-harness';

let dir: string;
let dbFile: string;
let server: RunningServer | null = null;

test.beforeAll(() => {
  dir = makeTempDir('readonly');
  dbFile = path.join(dir, 'app.db');
  prepareDatabase(dbFile);
});

test.afterAll(async () => {
  await server?.stop();
  setReadOnly(dbFile, false);
  rmSync(dir, { recursive: true, force: true });
});

async function useSession(context: BrowserContext, url: string, cookieHeader: string) {
  await context.addCookies(
    cookieHeader.split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url };
    }),
  );
}

test('a read-only database gives clear Vietnamese errors and loses nothing', async ({ browser }) => {
  test.setTimeout(120_000);
  // Sessions are signed while the database can still be written (signing in writes an audit row).
  server = await startServer({ dbFile });
  const admin = await signIn(server.url, 'admin');
  await server.stop();
  const sqlite = new Database(dbFile, { readonly: true });
  const hdnd = (sqlite.prepare("SELECT id FROM users WHERE username = 'hdnd'").get() as { id: number }).id;
  sqlite.close();
  const before = digestDatabase(dbFile);

  setReadOnly(dbFile, true);
  server = await startServer({ dbFile, wrapper: readOnlyServerWrapper() });

  // Reading works: the public summary and the administrator's pages.
  expect((await fetch(`${server.url}/`)).status).toBe(200);
  const context = await browser.newContext({ baseURL: server.url });
  await useSession(context, server.url, admin);
  const page = await context.newPage();
  await page.goto(`/admin/accounts/${hdnd}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A change is refused with the forms' Vietnamese sentence; the page keeps working.
  await page.getByRole('button', { name: 'Vô hiệu hóa tài khoản' }).click();
  await expect(page.getByTestId('account-status-message')).toHaveText(
    '⚠ Chưa lưu được. Dữ liệu chưa bị thay đổi; vui lòng thử lại.',
  );
  await expect(page.getByTestId('error-page')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vô hiệu hóa tài khoản' })).toBeEnabled();

  // Signing in (which records the login) fails with a Vietnamese sentence, not SQLite's English.
  const visitor = await browser.newContext({ baseURL: server.url });
  const login = await visitor.newPage();
  await login.goto('/login');
  await login.getByLabel('Tên đăng nhập').fill('hdnd');
  await login.getByLabel('Mật khẩu').fill(opsSeedPassword);
  await login.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(login.getByTestId('login-error')).not.toBeEmpty();
  await expect(login.getByTestId('login-error')).not.toContainText(/readonly|SQLITE|database/i);
  expect(login.url()).toContain('/login');
  await context.close();
  await visitor.close();

  // The server reported the refused writes as structured lines, still serves, and loses nothing.
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  expect(server.output()).toMatch(/readonly/);
  expect(server.output()).not.toContain(opsSeedPassword);
  await server.stop();
  server = null;
  setReadOnly(dbFile, false);
  expect(digestDatabase(dbFile)).toEqual(before);
  const check = new Database(dbFile, { readonly: true });
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  check.close();
});
