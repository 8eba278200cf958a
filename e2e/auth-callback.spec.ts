import { type BrowserContext, type Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { e2eBaseURL } from './fixtures/worker';
import { storageStatePath, e2eSeedPassword } from './fixtures/accounts';
import { captureAction, isActionRequest, replayAction } from './fixtures/action-replay';
import { apiLogin, createAccountAsAdmin, runId } from './fixtures/auth-flows';

// A session cookie that is present but no longer good (junk, or the token of an account disabled
// since) gets past the proxy's cookie check: the workspace itself sends the visitor to /login,
// and logging in must lead back to the page and query they asked for.
const wanted = '/approvals?status=submitted';
const loginForWanted = `/login?callbackUrl=${encodeURIComponent(wanted)}`;

async function withJunkSession(context: BrowserContext) {
  await context.addCookies([
    { name: 'next-auth.session-token', value: 'not-a-token', url: e2eBaseURL(), httpOnly: true, sameSite: 'Lax' },
  ]);
}

async function logInHere(page: Page, username: string) {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(e2eSeedPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

test.describe('a stale session cookie', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('a junk cookie: /login carries the page asked for, and logging in as the chair leads back to it', async ({
    page,
    context,
  }) => {
    await withJunkSession(context);
    await page.goto(wanted);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(loginForWanted);
    await logInHere(page, 'bithu');
    await expect(page).toHaveURL(`${e2eBaseURL()}${wanted}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the path comes from the request itself: a client cannot choose it with the proxy’s header', async ({
    request,
  }) => {
    const response = await request.get(wanted, {
      headers: { cookie: 'next-auth.session-token=not-a-token', 'x-request-path': '/admin/accounts' },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    const location = new URL(response.headers()['location']!, e2eBaseURL());
    expect(location.pathname + location.search).toBe(loginForWanted);
  });

  test('the token of an account disabled since: the same, also for a page reached by a link inside the app', async ({
    page,
    context,
    browser,
  }) => {
    const admin = await (await browser.newContext({ storageState: storageStatePath('admin') })).newPage();
    const username = `het-phien-${runId}`;
    const password = 'mat-khau-het-phien-1';
    const id = await createAccountAsAdmin(admin, {
      username,
      displayName: 'Phiên sắp hết',
      role: 'officer',
      organizationCode: 'HND',
      password,
    });
    expect((await apiLogin(context.request, username, password)).ok()).toBe(true);
    await page.goto('/account');
    await expect(page.getByRole('link', { name: 'Công việc của đơn vị' })).toBeVisible();

    await admin.goto(`/admin/accounts/${id}`);
    await admin.getByRole('button', { name: 'Vô hiệu hóa tài khoản' }).click();
    await expect(admin.getByTestId('account-state')).toContainText('Đã vô hiệu hóa');
    await admin.context().close();

    // A link inside the app (a client-side navigation, an RSC request): to /login with its page.
    await page.getByRole('link', { name: 'Công việc của đơn vị' }).click();
    await expect(page).toHaveURL(`${e2eBaseURL()}/login?callbackUrl=${encodeURIComponent('/dashboard')}`);

    // A page loaded afresh, with its query.
    await page.goto('/reports/print?period=Q2');
    await expect(page).toHaveURL(`${e2eBaseURL()}/login?callbackUrl=${encodeURIComponent('/reports/print?period=Q2')}`);
    await logInHere(page, 'bithu');
    await expect(page).toHaveURL(`${e2eBaseURL()}/reports/print?period=Q2`);
    await expect(page.getByTestId('report-document')).toContainText('quý II năm 2023');
  });

  test('a server action posted with a stale cookie is sent to /login with its page', async ({ browser }) => {
    const admin = await (await browser.newContext({ storageState: storageStatePath('admin') })).newPage();
    await admin.goto('/admin/report-settings');
    const form = admin.getByTestId('letterhead-form');
    await form.getByLabel('Cơ quan ban hành (dòng 2, bên trái)').fill('');
    const [request] = await Promise.all([
      admin.waitForRequest(isActionRequest),
      form.getByRole('button', { name: 'Lưu tiêu đề' }).click(),
    ]);
    const captured = await captureAction(request);
    await admin.context().close();

    const anonymous = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).request;
    const response = await replayAction(anonymous, captured, { cookie: 'next-auth.session-token=not-a-token' });
    expect(response.headers()['x-action-redirect']).toMatch(
      new RegExp(`^/login\\?callbackUrl=${encodeURIComponent('/admin/report-settings')};?`),
    );
  });
});

test.describe('a hostile callbackUrl', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('leads the chair to their own page, never off the site', async ({ page }) => {
    for (const hostile of [
      'https://evil.example',
      '//evil.example',
      '/\\evil',
      '/\\evil.example/x',
      '/a/..//evil.example',
      'javascript:alert(1)',
      '/api/auth/signout',
      '/login?callbackUrl=%2Fadmin',
    ]) {
      await page.context().clearCookies();
      await page.goto(`/login?callbackUrl=${encodeURIComponent(hostile)}`);
      await logInHere(page, 'bithu');
      await expect(page, hostile).toHaveURL(`${e2eBaseURL()}/approvals`);
    }
  });
});
