import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';
import { createAccountAsAdmin, loginThroughForm, runId } from './fixtures/auth-flows';

test('an officer changes their own password; the old one stops and re-login works', async ({ browser }) => {
  const admin = await browser.newContext({ storageState: storageStatePath('admin') });
  const adminPage = await admin.newPage();
  const username = `doimk-${runId}`;
  await createAccountAsAdmin(adminPage, {
    username,
    displayName: 'Người đổi mật khẩu',
    role: 'officer',
    organizationCode: 'MTTQ',
    password: 'mat-khau-ban-dau-1',
  });
  await admin.close();

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await loginThroughForm(page, username, 'mat-khau-ban-dau-1');
  await page.waitForURL(/\/dashboard$/);
  // A second browser of the same account, to see its session end too.
  const other = await browser.newContext({ storageState: await context.storageState() });
  const otherPage = await other.newPage();

  await page.goto('/account');
  const form = page.getByTestId('change-password-form');
  const submit = () => form.getByRole('button', { name: 'Đổi mật khẩu' }).click();

  await form.getByLabel('Mật khẩu hiện tại').fill('sai-mat-khau-hien-tai');
  await form.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-cua-toi');
  await form.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-cua-toi');
  await submit();
  await expect(page.getByTestId('currentPassword-error')).toHaveText('Mật khẩu hiện tại không đúng.');

  await form.getByLabel('Mật khẩu hiện tại').fill('mat-khau-ban-dau-1');
  await form.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan');
  await form.getByLabel('Nhập lại mật khẩu mới').fill('ngan');
  await submit();
  await expect(page.getByTestId('newPassword-error')).toHaveText('Mật khẩu phải có ít nhất 10 ký tự.');

  // Ten spaces, the current password again, a common password: each refused beside the field.
  for (const [next, message] of [
    [' '.repeat(10), 'Mật khẩu không được chỉ gồm dấu cách.'],
    ['mat-khau-ban-dau-1', 'Mật khẩu mới phải khác mật khẩu hiện tại.'],
    [
      'Matkhau@2024',
      'Mật khẩu này quá phổ biến, dễ bị đoán ra. Hãy chọn mật khẩu khác, ví dụ vài từ ghép lại mà chỉ bạn biết.',
    ],
  ] as const) {
    await form.getByLabel('Mật khẩu hiện tại').fill('mat-khau-ban-dau-1');
    await form.getByLabel('Mật khẩu mới', { exact: true }).fill(next);
    await form.getByLabel('Nhập lại mật khẩu mới').fill(next);
    await submit();
    await expect(page.getByTestId('newPassword-error')).toHaveText(message);
    await expect(form.getByLabel('Mật khẩu mới', { exact: true })).toHaveAttribute(
      'aria-describedby',
      /newPassword-error/,
    );
  }

  await form.getByLabel('Mật khẩu hiện tại').fill('mat-khau-ban-dau-1');
  await form.getByLabel('Mật khẩu mới', { exact: true }).fill(username.toUpperCase());
  await form.getByLabel('Nhập lại mật khẩu mới').fill(username.toUpperCase());
  await submit();
  await expect(page.getByTestId('newPassword-error')).toHaveText('Mật khẩu không được trùng với tên đăng nhập.');

  await form.getByLabel('Mật khẩu hiện tại').fill('mat-khau-ban-dau-1');
  await form.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-cua-toi');
  await form.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-cua-toj');
  await submit();
  await expect(page.getByTestId('confirmPassword-error')).toHaveText('Hai lần nhập mật khẩu mới không giống nhau.');
  // The field points at its message for screen readers.
  await expect(form.getByLabel('Nhập lại mật khẩu mới')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Mật khẩu hiện tại').fill('mat-khau-ban-dau-1');
  await form.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-cua-toi');
  await form.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-cua-toi');
  await submit();
  await expect(page).toHaveURL(/\/login\?notice=password-changed$/);
  await expect(page.getByTestId('login-notice')).toHaveText(
    'Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.',
  );

  // The other browser's session ended with the change.
  await otherPage.goto('/account');
  await expect(otherPage).toHaveURL(/\/login/);

  await loginThroughForm(page, username, 'mat-khau-ban-dau-1');
  await expect(page.getByTestId('login-error')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await loginThroughForm(page, username, 'mat-khau-moi-cua-toi');
  await expect(page).toHaveURL(/\/dashboard$/);
  await other.close();
  await context.close();
});
