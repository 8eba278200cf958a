import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';
import { expectNoAxeViolations as audit } from './fixtures/axe-audit';
import { readDb } from './fixtures/approved-figures';

// The login, account and administration pages pass an automated WCAG 2.1 A/AA audit, with their
// forms showing error messages too (the state a user most needs to read). Each page is audited
// once, here: the public pages in public-a11y, the workflow's in workflow-a11y.

test('the audit fails on a page with a WCAG violation', async ({ page }) => {
  await page.setContent('<html lang="vi"><title>t</title><main><img src="/favicon.ico"></main></html>');
  await expect(audit(page, 'an image without a text alternative')).rejects.toThrow(/image-alt/);
});

test('login, with its error shown', async ({ page }) => {
  await page.goto('/login');
  await audit(page, '/login');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('login-error')).not.toBeEmpty();
  await audit(page, '/login with error');
});

test.describe('administrator', () => {
  test.use({ storageState: storageStatePath('admin') });

  const taskId = () => readDb<{ id: number }>("SELECT id FROM tasks WHERE code = 'III.8.1'")[0]!.id;
  for (const [name, url] of [
    ['/admin', () => '/admin'],
    ['/admin/accounts/2', () => '/admin/accounts/2'],
    ['/admin/assignments', () => '/admin/assignments'],
    ['/admin/assignments/target/1', () => '/admin/assignments/target/1'],
    ['a task’s assignment', () => `/admin/assignments/task/${taskId()}`],
    ['/admin/warnings', () => '/admin/warnings'],
    ['/admin/periods', () => '/admin/periods'],
    ['/admin/report-settings', () => '/admin/report-settings'],
  ] as const) {
    test(name, async ({ page }) => {
      expect((await page.goto(url()))?.status()).toBe(200);
      await audit(page, url());
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

test.describe('officer', () => {
  test.use({ storageState: storageStatePath('hdnd') });
  test('the account page', async ({ page }) => {
    expect((await page.goto('/account'))?.status()).toBe(200);
    await audit(page, '/account');
  });
});
