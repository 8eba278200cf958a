import { request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { e2eBaseURL } from './fixtures/worker';
import { captureAction as capture, isActionRequest, replayAction as replay } from './fixtures/action-replay';
import { storageStatePath, type Account } from './fixtures/accounts';
import { createAccountAsAdmin, runId } from './fixtures/auth-flows';

// Every protected page of issue 3. Ids 1 exist after seeding (the first account, the first task).
const adminPages = [
  '/admin',
  '/admin/accounts/new',
  '/admin/accounts/1',
  '/admin/assignments',
  '/admin/assignments/task/1',
  '/admin/warnings',
  '/admin/periods',
  '/admin/report-settings',
];
const chairPages = ['/approvals', '/approvals/missing', '/reports', '/reports/print?period=H1'];
const workPages = ['/dashboard', '/dashboard/tasks/1', '/dashboard/targets/1'];
const protectedPages = ['/account', ...workPages, ...adminPages, ...chairPages];
const junkSession = { 'next-auth.session-token': 'not-a-token' };
const cookieHeader = (cookies: Record<string, string>) =>
  Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
/** The same path as an RSC request: Next expects `_rsc` (empty without router headers). */
const rscPath = (path: string) => `${path}${path.includes('?') ? '&' : '?'}_rsc`;

async function as(account: Account | null): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: e2eBaseURL(),
    storageState: account ? storageStatePath(account) : { cookies: [], origins: [] },
  });
}

/**
 * The admin's create-account request, captured from the form with a password too short (the form
 * is refused, but the request carries the action id), then made valid for replaying.
 */
async function captureCreateAccount(page: Page, username: string, displayName: string) {
  await page.goto('/admin/accounts/new');
  const form = page.getByTestId('create-account-form');
  await form.getByLabel('Tên đăng nhập').fill(username);
  await form.getByLabel('Tên hiển thị').fill(displayName);
  await form.getByLabel('Mật khẩu ban đầu').fill('ngan');
  const [createRequest] = await Promise.all([
    page.waitForRequest(isActionRequest),
    form.getByRole('button', { name: 'Tạo tài khoản' }).click(),
  ]);
  const captured = await capture(createRequest);
  captured.body = Buffer.from(captured.body.toString('utf8').replace('ngan', 'mat-khau-du-dai-9'));
  return captured;
}

test.describe('no session', () => {
  test('every protected page redirects to /login, also past the proxy with a forged cookie', async ({ request }) => {
    for (const path of protectedPages) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toBe(`/login?callbackUrl=${encodeURIComponent(path)}`);
    }
    // A cookie that is present but worthless gets past the proxy's early check; the page's own
    // check through the database still refuses, and /login still carries the page asked for.
    for (const path of protectedPages) {
      const response = await request.get(path, { maxRedirects: 0, headers: { cookie: cookieHeader(junkSession) } });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toBe(`/login?callbackUrl=${encodeURIComponent(path)}`);
    }
  });

  test('x-middleware-subrequest does not skip any check', async ({ request }) => {
    for (const value of [
      'middleware:middleware:middleware:middleware:middleware',
      'proxy:proxy:proxy:proxy:proxy',
      'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
    ]) {
      for (const path of protectedPages) {
        const response = await request.get(path, { maxRedirects: 0, headers: { 'x-middleware-subrequest': value } });
        expect(response.status(), `${path} ${value}`).toBe(307);
        expect(response.headers().location).toMatch(/^\/login/);
        const forged = await request.get(path, {
          maxRedirects: 0,
          headers: { 'x-middleware-subrequest': value, cookie: cookieHeader(junkSession) },
        });
        expect(forged.status(), `${path} ${value} forged`).toBe(307);
      }
    }
  });

  test('an RSC request (RSC: 1) gets a redirect to /login, never the page', async ({ request }) => {
    for (const path of protectedPages) {
      const response = await request.get(rscPath(path), {
        maxRedirects: 0,
        headers: { RSC: '1', cookie: cookieHeader(junkSession) },
      });
      const body = await response.text();
      expect(body, path).toContain(`NEXT_REDIRECT;replace;/login?callbackUrl=${encodeURIComponent(path)};`);
      expect(body, path).not.toContain('hoinongdan');
    }
  });
});

test.describe('route handlers', () => {
  test('POST /api/admin/revalidate-public: 401 without a session, 403 for the wrong role, 200 for the admin', async () => {
    const anonymous = await as(null);
    expect((await anonymous.post('/api/admin/revalidate-public')).status()).toBe(401);
    const forged = await anonymous.post('/api/admin/revalidate-public', {
      headers: { cookie: cookieHeader(junkSession), 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    });
    expect(forged.status()).toBe(401);
    await anonymous.dispose();
    for (const account of ['hdnd', 'bithu'] as const) {
      const api = await as(account);
      expect((await api.post('/api/admin/revalidate-public')).status(), account).toBe(403);
      await api.dispose();
    }
    const admin = await as('admin');
    expect((await admin.post('/api/admin/revalidate-public')).status()).toBe(200);
    await admin.dispose();
  });
});

test.describe('the chair’s pages', () => {
  test('officers and the administrator get 404, the chair the page; the administrator has no dashboard', async () => {
    const admin = await as('admin');
    for (const path of workPages) expect((await admin.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    await admin.dispose();
    for (const account of ['hdnd', 'admin'] as const) {
      const api = await as(account);
      for (const path of chairPages) {
        expect((await api.get(path, { maxRedirects: 0 })).status(), `${account} ${path}`).toBe(404);
        const rsc = await api.get(rscPath(path), { maxRedirects: 0, headers: { RSC: '1' } });
        expect(await rsc.text(), `${account} ${path} rsc`).toContain('NEXT_HTTP_ERROR_FALLBACK;404');
      }
      await api.dispose();
    }
    const chair = await as('bithu');
    for (const path of chairPages) expect((await chair.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
    await chair.dispose();
  });

  test('GET /api/reports/docx: 401 without a session, 403 for the wrong role, a Word file for the chair', async () => {
    const path = '/api/reports/docx?period=H1';
    const anonymous = await as(null);
    expect((await anonymous.get(path)).status()).toBe(401);
    expect(
      (
        await anonymous.get(path, {
          headers: { cookie: cookieHeader(junkSession), 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
        })
      ).status(),
    ).toBe(401);
    await anonymous.dispose();
    for (const account of ['hdnd', 'admin'] as const) {
      const api = await as(account);
      const response = await api.get(path);
      expect(response.status(), account).toBe(403);
      expect(response.headers()['content-type'], account).toContain('application/json');
      await api.dispose();
    }
    const chair = await as('bithu');
    const response = await chair.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('wordprocessingml');
    await chair.dispose();
  });
});

test.describe('wrong role', () => {
  for (const account of ['hdnd', 'bithu'] as const) {
    test(`${account} gets 404 on every admin page, also as RSC and with x-middleware-subrequest`, async () => {
      const api = await as(account);
      for (const path of adminPages) {
        expect((await api.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
        const sub = await api.get(path, {
          maxRedirects: 0,
          headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
        });
        expect(sub.status(), `${path} subrequest`).toBe(404);
        const rsc = await api.get(rscPath(path), { maxRedirects: 0, headers: { RSC: '1' } });
        const body = await rsc.text();
        expect(body, `${path} rsc`).toContain('NEXT_HTTP_ERROR_FALLBACK;404');
        expect(body, `${path} rsc`).not.toContain('hoinongdan');
      }
      // The same RSC request as the administrator does carry the page: the probe is real.
      const admin = await as('admin');
      expect(await (await admin.get('/admin?_rsc', { headers: { RSC: '1' } })).text()).toContain('hoinongdan');
      await admin.dispose();
      await api.dispose();
    });
  }
});

test.describe('replayed server actions', () => {
  test.use({ storageState: storageStatePath('admin') });

  test('an officer, the chair or no one replaying the admin’s actions is refused, nothing written', async ({
    page,
  }) => {
    const username = `phatlai-${runId}`;
    const id = await createAccountAsAdmin(page, {
      username,
      displayName: 'Đích của phát lại',
      role: 'officer',
      organizationCode: 'HND',
      password: 'mat-khau-phat-lai-1',
    });
    await page.goto(`/admin/accounts/${id}`);
    const [disableRequest] = await Promise.all([
      page.waitForRequest(isActionRequest),
      page.getByRole('button', { name: 'Vô hiệu hóa tài khoản' }).click(),
    ]);
    const disable = await capture(disableRequest);
    await expect(page.getByTestId('account-state')).toContainText('Đã vô hiệu hóa');
    await page.getByRole('button', { name: 'Kích hoạt lại tài khoản' }).click();
    await expect(page.getByTestId('account-state')).toContainText('Đang hoạt động');

    const state = async () => {
      await page.goto(`/admin/accounts/${id}`);
      return page.getByTestId('account-state').textContent();
    };
    for (const account of ['hdnd', 'bithu'] as const) {
      const api = await as(account);
      const response = await replay(api, disable);
      expect(response.status(), account).toBe(404);
      await api.dispose();
      expect(await state()).toContain('Đang hoạt động');
    }
    const anonymous = await as(null);
    const blocked = await replay(anonymous, disable);
    expect(blocked.status()).toBe(307);
    const forged = await replay(anonymous, disable, { cookie: cookieHeader(junkSession) });
    expect(forged.headers()['x-action-redirect']).toMatch(/^\/login/);
    await anonymous.dispose();
    expect(await state()).toContain('Đang hoạt động');

    // The same captured request from the administrator still works: the replay itself is sound.
    const admin = await as('admin');
    expect((await replay(admin, disable)).status()).toBe(200);
    await admin.dispose();
    expect(await state()).toContain('Đã vô hiệu hóa');
  });

  test('a replayed create-account action from an officer creates nothing', async ({ page }) => {
    const captured = await captureCreateAccount(page, `ma-${runId}`, 'Chưa tạo');
    const api = await as('hdnd');
    expect((await replay(api, captured)).status()).toBe(404);
    await api.dispose();
    await page.goto('/admin');
    await expect(page.getByTestId(`account-row-ma-${runId}`)).toHaveCount(0);
  });

  test('a server action posted from another site is refused', async ({ page }) => {
    await page.goto('/admin/accounts/1');
    const captured = await captureCreateAccount(page, `csrf-${runId}`, 'Giả mạo');
    const admin = await as('admin');
    const response = await replay(admin, captured, { origin: 'https://evil.example' });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    await admin.dispose();
    await page.goto('/admin');
    await expect(page.getByTestId(`account-row-csrf-${runId}`)).toHaveCount(0);
  });

  test('a server action from another site is refused even with its own X-Forwarded-Host (15.4)', async ({ page }) => {
    const captured = await captureCreateAccount(page, `xfh-${runId}`, 'Giả mạo');
    const admin = await as('admin');
    for (const headers of [
      { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' },
      { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example, 127.0.0.1' },
    ]) {
      const response = await replay(admin, captured, headers);
      expect(response.status(), JSON.stringify(headers)).toBeGreaterThanOrEqual(400);
    }
    await admin.dispose();
    await page.goto('/admin');
    await expect(page.getByTestId(`account-row-xfh-${runId}`)).toHaveCount(0);
  });
});

test.describe('headers and cookies', () => {
  test('security headers are on pages, API routes and redirects', async ({ request }) => {
    for (const path of ['/', '/login', '/api/health', '/admin']) {
      const response = await request.get(path, { maxRedirects: 0 });
      const h = response.headers();
      const csp = h['content-security-policy'] ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).not.toContain('unsafe-eval');
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(h['x-frame-options'], path).toBe('DENY');
      expect(h['x-powered-by'], path).toBeUndefined();
    }
  });

  test('the session cookie is HttpOnly and SameSite=Lax, and carries no user data in clear', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath('hdnd') });
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'next-auth.session-token');
    expect(session).toBeDefined();
    expect(session!.httpOnly).toBe(true);
    expect(session!.sameSite).toBe('Lax');
    // Plain http in the test: Secure is set only behind https (NEXTAUTH_URL https://…).
    expect(session!.secure).toBe(false);
    expect(session!.value).not.toContain('hdnd');
    const csrf = cookies.find((c) => c.name === 'next-auth.csrf-token');
    expect(csrf?.httpOnly).toBe(true);
    const page = await context.newPage();
    await page.goto('/account');
    expect(await page.evaluate(() => document.cookie)).not.toContain('next-auth');
    await context.close();
  });
});
