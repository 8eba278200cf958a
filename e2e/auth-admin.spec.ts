import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';
import { createAccountAsAdmin, loginThroughForm, runId } from './fixtures/auth-flows';

test.use({ storageState: storageStatePath('admin') });

const xss = '<img src=x onerror=alert(1)>';

test.describe('administration of accounts', () => {
  test('lists every seeded account with its role and body', async ({ page }) => {
    await page.goto('/admin');
    await expect(page.getByTestId('current-user')).toContainText('Quản trị viên (Văn phòng Đảng ủy)');
    const table = page.getByTestId('accounts-table');
    await expect(page.getByTestId('account-row-hdnd')).toContainText('Hội đồng nhân dân phường');
    await expect(page.getByTestId('account-row-bithu')).toContainText('Thường trực Đảng ủy (duyệt báo cáo)');
    for (const u of [
      'danguy',
      'ubnd',
      'mttq',
      'hoinongdan',
      'hoiphunu',
      'doanthanhnien',
      'hoicuuchienbinh',
      'congdoan',
      'admin',
    ]) {
      await expect(table.getByTestId(`account-row-${u}`)).toBeVisible();
    }
  });

  test('a display name holding HTML is shown as text and never runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const username = `xss-${runId}`;
    const id = await createAccountAsAdmin(page, {
      username,
      displayName: xss,
      role: 'officer',
      organizationCode: 'HPN',
      password: 'mat-khau-an-toan-1',
    });
    await expect(page.getByTestId('account-facts')).toContainText(xss);
    await page.goto('/admin');
    await expect(page.getByTestId(`account-row-${username}`)).toContainText(xss);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // The account's own frame shows it as text too.
    const own = await page
      .context()
      .browser()!
      .newContext({ storageState: { cookies: [], origins: [] } });
    const ownPage = await own.newPage();
    ownPage.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await loginThroughForm(ownPage, username, 'mat-khau-an-toan-1');
    await ownPage.waitForURL(/\/dashboard$/);
    await ownPage.goto('/account');
    await expect(ownPage.getByTestId('current-user')).toContainText(xss);
    expect(await ownPage.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(id).toBeGreaterThan(0);
    await own.close();
  });

  test('refuses a taken username and a weak password with Vietnamese messages beside the fields', async ({ page }) => {
    await page.goto('/admin/accounts/new');
    const form = page.getByTestId('create-account-form');
    await form.getByLabel('Tên đăng nhập').fill('HDND');
    await form.getByLabel('Tên hiển thị').fill('Trùng tên');
    await form.getByLabel('Mật khẩu ban đầu').fill('mat-khau-du-dai-1');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByTestId('organizationId-error')).toHaveText(
      'Cán bộ phụ trách phải thuộc một cơ quan, đơn vị.',
    );
    const select = form.getByLabel('Cơ quan, đơn vị');
    await select.selectOption({ label: 'Hội Nông dân (HND)' });
    await form.getByLabel('Mật khẩu ban đầu').fill('mat-khau-du-dai-1');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByTestId('username-error')).toHaveText('Tên đăng nhập này đã có người dùng.');
    await expect(form.getByLabel('Tên đăng nhập')).toHaveAttribute('aria-describedby', /username-error/);
    await form.getByLabel('Tên đăng nhập').fill(`ngan-${runId}`);
    await form.getByLabel('Mật khẩu ban đầu').fill('ngan');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByTestId('password-error')).toHaveText('Mật khẩu phải có ít nhất 10 ký tự.');
    await page.goto('/admin');
    await expect(page.getByTestId(`account-row-ngan-${runId}`)).toHaveCount(0);
  });

  test('disabling an account ends its session at the very next request; enabling lets it back in', async ({
    page,
    browser,
  }) => {
    const username = `tat-${runId}`;
    const password = 'mat-khau-se-bi-tat';
    const id = await createAccountAsAdmin(page, {
      username,
      displayName: 'Người sẽ bị vô hiệu hóa',
      role: 'officer',
      organizationCode: 'DTN',
      password,
    });
    const user = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const userPage = await user.newPage();
    await loginThroughForm(userPage, username, password);
    await userPage.waitForURL(/\/dashboard$/);
    await userPage.goto('/account');
    await expect(userPage.getByTestId('account-facts')).toContainText(username);

    await page.goto(`/admin/accounts/${id}`);
    await page.getByRole('button', { name: 'Vô hiệu hóa tài khoản' }).click();
    await expect(page.getByTestId('account-status-message')).toContainText('Đã vô hiệu hóa tài khoản');
    await expect(page.getByTestId('account-state')).toContainText('Đã vô hiệu hóa');

    await userPage.goto('/account');
    await expect(userPage).toHaveURL(/\/login/);
    await loginThroughForm(userPage, username, password);
    await expect(userPage.getByTestId('login-error')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');

    await page.getByRole('button', { name: 'Kích hoạt lại tài khoản' }).click();
    await expect(page.getByTestId('account-status-message')).toHaveText('✓ Đã kích hoạt lại tài khoản.');
    await loginThroughForm(userPage, username, password);
    await expect(userPage).toHaveURL(/\/dashboard$/);
    await user.close();
  });

  test('a reset password works at once and the old one and old session stop', async ({ page, browser }) => {
    const username = `datlai-${runId}`;
    const id = await createAccountAsAdmin(page, {
      username,
      displayName: 'Người được đặt lại',
      role: 'officer',
      organizationCode: 'HCCB',
      password: 'mat-khau-cu-1234',
    });
    const user = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const userPage = await user.newPage();
    await loginThroughForm(userPage, username, 'mat-khau-cu-1234');
    await userPage.waitForURL(/\/dashboard$/);

    await page.goto(`/admin/accounts/${id}`);
    const form = page.getByTestId('reset-password-form');
    await form.getByLabel('Mật khẩu mới').fill(username);
    await form.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await expect(page.getByTestId('newPassword-error')).toHaveText('Mật khẩu không được trùng với tên đăng nhập.');
    await form.getByLabel('Mật khẩu mới').fill(' '.repeat(10));
    await form.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await expect(page.getByTestId('newPassword-error')).toHaveText('Mật khẩu không được chỉ gồm dấu cách.');
    await form.getByLabel('Mật khẩu mới').fill('Password2024!');
    await form.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await expect(page.getByTestId('newPassword-error')).toHaveText(
      'Mật khẩu này quá phổ biến, dễ bị đoán ra. Hãy chọn mật khẩu khác, ví dụ vài từ ghép lại mà chỉ bạn biết.',
    );
    await form.getByLabel('Mật khẩu mới').fill('mat-khau-moi-5678');
    await form.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await expect(page.getByTestId('reset-password-message')).toHaveText('✓ Đã đặt lại mật khẩu.');

    await userPage.goto('/account');
    await expect(userPage).toHaveURL(/\/login/);
    await loginThroughForm(userPage, username, 'mat-khau-cu-1234');
    await expect(userPage.getByTestId('login-error')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
    await loginThroughForm(userPage, username, 'mat-khau-moi-5678');
    await expect(userPage).toHaveURL(/\/dashboard$/);
    await user.close();
  });

  test('moving an account to another role takes effect at the next request', async ({ page, browser }) => {
    const username = `chuyen-${runId}`;
    const password = 'mat-khau-chuyen-vai';
    const id = await createAccountAsAdmin(page, {
      username,
      displayName: 'Người được chuyển',
      role: 'admin',
      organizationCode: null,
      password,
    });
    const user = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const userPage = await user.newPage();
    await loginThroughForm(userPage, username, password);
    await expect(userPage).toHaveURL(/\/admin$/);

    await page.goto(`/admin/accounts/${id}`);
    const form = page.getByTestId('move-account-form');
    await form.getByLabel('Vai trò').selectOption('officer');
    await form.getByRole('button', { name: 'Lưu vai trò, đơn vị' }).click();
    await expect(page.getByTestId('move-organizationId-error')).toHaveText(
      'Cán bộ phụ trách phải thuộc một cơ quan, đơn vị.',
    );
    await form.getByLabel('Cơ quan, đơn vị').selectOption({ label: 'Công đoàn phường (CD)' });
    await form.getByRole('button', { name: 'Lưu vai trò, đơn vị' }).click();
    await expect(page.getByTestId('move-account-message')).toHaveText(
      '✓ Đã chuyển vai trò, đơn vị. Người dùng cần đăng nhập lại.',
    );
    await expect(page.getByTestId('account-facts')).toContainText('Công đoàn phường');

    // The old admin session is gone; logging in again gives an officer of the Trade Union.
    const response = await userPage.goto('/admin');
    await expect(userPage).toHaveURL(/\/login/);
    expect(response?.status()).toBe(200);
    await loginThroughForm(userPage, username, password);
    await expect(userPage).toHaveURL(/\/dashboard$/);
    expect((await userPage.goto('/admin'))?.status()).toBe(404);
    await user.close();
  });

  test('the administrator cannot disable or demote their own account', async ({ page }) => {
    await page.goto('/admin');
    await page.getByRole('link', { name: 'Quản lý admin', exact: true }).click();
    await expect(page.getByText('Đây là tài khoản của bạn.')).toBeVisible();
    await expect(page.getByTestId('account-status-form')).toHaveCount(0);
    await expect(page.getByTestId('move-account-form')).toHaveCount(0);
  });
});
