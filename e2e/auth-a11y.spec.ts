import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';
import { expectNoAxeViolations as audit } from './fixtures/axe-audit';

// The login, account and administration pages pass an automated WCAG 2.1 A/AA audit, with their
// forms showing error messages too (the state a user most needs to read).

test('login, with its error shown', async ({ page }) => {
  await page.goto('/login');
  await audit(page, '/login');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('login-error')).not.toBeEmpty();
  await audit(page, '/login with error');
});

test.describe('administrator', () => {
  test.use({ storageState: storageStatePath('admin') });

  for (const url of [
    '/admin',
    '/admin/accounts/2',
    '/admin/assignments',
    '/admin/assignments/target/1',
    '/admin/warnings',
    '/account',
  ]) {
    test(`${url}`, async ({ page }) => {
      expect((await page.goto(url))?.status()).toBe(200);
      await audit(page, url);
    });
  }

  test('the new-account form with its field errors', async ({ page }) => {
    await page.goto('/admin/accounts/new');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByTestId('username-error')).not.toBeEmpty();
    await audit(page, '/admin/accounts/new with errors');
  });

  test('English pages', async ({ page }) => {
    for (const url of ['/en/admin', '/en/admin/accounts/2', '/en/account']) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await audit(page, `en ${url}`);
    }
  });
});
