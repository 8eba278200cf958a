import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';

// What a signed-in user meets on a page they may not open, and the words of the navigation.
test.describe('an officer', () => {
  test.use({ storageState: storageStatePath('hoinongdan') });

  test('opening the chair’s queue keeps the workspace around the refusal and does not look logged out', async ({
    page,
  }) => {
    const response = await page.goto('/approvals');
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId('workspace-not-found')).toBeVisible();
    await expect(page.getByTestId('current-user')).toContainText('Hội Nông dân');
    await expect(page.getByRole('navigation', { name: 'Khu làm việc' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeHidden();
    await page.getByRole('link', { name: 'Về trang công việc' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});

test.describe('the administrator', () => {
  test.use({ storageState: storageStatePath('admin') });

  test('tells their own account apart from the list of accounts', async ({ page }) => {
    await page.goto('/admin');
    const workspace = page.getByRole('navigation', { name: 'Khu làm việc' });
    const admin = page.getByRole('navigation', { name: 'Quản trị' });
    await expect(workspace.getByRole('link', { name: 'Tài khoản của tôi' })).toHaveAttribute('href', '/account');
    await expect(admin.getByRole('link', { name: 'Danh sách tài khoản' })).toHaveAttribute('href', '/admin');
    await expect(page.getByRole('link', { name: 'Tài khoản', exact: true })).toHaveCount(0);
  });
});
