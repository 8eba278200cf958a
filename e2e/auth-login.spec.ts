import { expect, test } from './fixtures/test';
import { accounts, storageStatePath, type Account, e2eSeedPassword } from './fixtures/accounts';
import { readDb } from './fixtures/approved-figures';
import { createAccountAsAdmin, loginThroughForm, runId } from './fixtures/auth-flows';

// Where each role lands after logging in through the form.
const home = (username: Account) =>
  username === 'admin' ? '/admin' : username === 'bithu' ? '/approvals' : '/dashboard';

test.describe('login through the form', () => {
  for (const username of accounts) {
    test(`${username} logs in and lands on the page of its role`, async ({ page }) => {
      await loginThroughForm(page, username, e2eSeedPassword);
      await expect(page).toHaveURL(new RegExp(`${home(username)}$`));
      // The landing page's workspace frame names the signed-in account and its body.
      const [account] = readDb<{ displayName: string; organization: string | null }>(
        'SELECT u.display_name AS displayName, o.name AS organization FROM users u LEFT JOIN organizations o ON o.id = u.organization_id WHERE u.username = ?',
        username,
      );
      await expect(page.getByTestId('current-user')).toHaveText(
        account!.organization ? `${account!.displayName} · ${account!.organization}` : account!.displayName,
      );
      await page.goto('/account');
      await expect(page.getByTestId('account-facts')).toContainText(username);
      await expect(page.getByTestId('current-user')).toBeVisible();
      const nav = page.getByRole('navigation', { name: 'Khu làm việc' });
      if (username === 'admin') await expect(nav.getByRole('link', { name: 'Quản trị' })).toBeVisible();
      else await expect(nav.getByRole('link', { name: 'Quản trị' })).toHaveCount(0);
    });
  }

  test('hdnd sees its own body in the workspace frame', async ({ page }) => {
    await loginThroughForm(page, 'hdnd', e2eSeedPassword);
    await page.waitForURL(/\/dashboard$/);
    await page.goto('/account');
    await expect(page.getByTestId('current-user')).toContainText('Hội đồng nhân dân phường');
    // Signed in, the header offers no log-in link; signed out, it does.
    await expect(page.locator('header [data-login-link]')).toBeHidden();
    await page.goto('/');
    await expect(page.locator('header [data-login-link]')).toBeVisible();
  });

  test('a wrong password and an unknown user get the same Vietnamese message', async ({ page }) => {
    await loginThroughForm(page, 'hdnd', 'khong-phai-mat-khau');
    await expect(page.getByTestId('login-error')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
    await expect(page).toHaveURL(/\/login/);
    await loginThroughForm(page, `khong-co-${runId}`, 'khong-phai-mat-khau');
    await expect(page.getByTestId('login-error')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
    // Nothing was set: the workspace still sends this browser to /login.
    await page.goto('/account');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  });

  test('empty fields are refused before anything is sent', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Vui lòng nhập tên đăng nhập và mật khẩu.');
  });

  test('callbackUrl leads only to a path of this site', async ({ page }) => {
    for (const hostile of ['https://evil.example/', '//evil.example/x', '/\\evil.example', '/a/..//evil.example']) {
      await page.context().clearCookies();
      await page.goto(`/login?callbackUrl=${encodeURIComponent(hostile)}`);
      await page.getByLabel('Tên đăng nhập').fill('ubnd');
      await page.getByLabel('Mật khẩu').fill(e2eSeedPassword);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/dashboard$/);
    }
    // A path of this site is honoured.
    await page.context().clearCookies();
    await page.goto('/login?callbackUrl=%2Faccount%3Fx%3D1');
    await page.getByLabel('Tên đăng nhập').fill('ubnd');
    await page.getByLabel('Mật khẩu').fill(e2eSeedPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/account\?x=1$/);
  });

  test('a submit before the script runs never puts the password in the URL', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/login');
    await page.getByLabel('Tên đăng nhập').fill('hdnd');
    await page.getByLabel('Mật khẩu').fill('mat-khau-khong-lo-ra-url');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForLoadState();
    expect(page.url()).not.toContain('mat-khau');
    expect(requests.filter((u) => u.includes('mat-khau'))).toEqual([]);
    await context.close();
  });

  test('logout ends the session: the cookie captured before it no longer works anywhere', async ({
    page,
    browser,
    baseURL,
  }) => {
    await loginThroughForm(page, 'congdoan', e2eSeedPassword);
    await page.waitForURL(/\/dashboard$/);
    const captured = await page.context().cookies();
    expect(captured.some((c) => c.name.endsWith('next-auth.session-token'))).toBe(true);
    await page.goto('/account');
    await page.getByTestId('logout').click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);

    // A copy of the cookie taken before logging out (a stolen one, another tab) is refused at once.
    const replay = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await replay.addCookies(captured);
    const other = await replay.newPage();
    await other.goto('/dashboard');
    await expect(other).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
    const session = await replay.request.get(`${baseURL}/api/auth/session`);
    expect(await session.json()).toEqual({});
    await replay.close();
  });
});

test.describe('lockout', () => {
  test.use({ storageState: storageStatePath('admin') });

  test('the fifth failure holds up this browser, even with the right password, until the administrator lifts it', async ({
    page,
    browser,
  }) => {
    const username = `khoa-${runId}`;
    const password = 'mat-khau-dung-cua-toi';
    const id = await createAccountAsAdmin(page, {
      username,
      displayName: 'Người thử khóa',
      role: 'officer',
      organizationCode: 'HND',
      password,
    });

    const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const login = await visitor.newPage();
    for (let i = 1; i <= 4; i++) {
      await loginThroughForm(login, username, `sai-lan-${i}`);
      await expect(login.getByTestId('login-error')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    await loginThroughForm(login, username, 'sai-lan-5');
    await expect(login.getByTestId('login-error')).toContainText('Tài khoản tạm khóa trên máy này');
    await loginThroughForm(login, username, password);
    await expect(login.getByTestId('login-error')).toContainText('Tài khoản tạm khóa trên máy này');
    await expect(login).toHaveURL(/\/login/);

    // The administrator sees the lock, and can lift it.
    await page.goto(`/admin/accounts/${id}`);
    await expect(page.getByTestId('account-state')).toContainText('Tạm khóa đến');
    await page.getByRole('button', { name: 'Mở khóa đăng nhập' }).click();
    await expect(page.getByTestId('account-status-message')).toHaveText('✓ Đã mở khóa đăng nhập.');
    await loginThroughForm(login, username, password);
    await expect(login).toHaveURL(/\/dashboard$/);
    await visitor.close();
  });
});
