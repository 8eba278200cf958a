import { type APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';

test.use({ storageState: storageStatePath('admin') });

type Summary = { taskGroups: { tasks: { code: string; organizations: { code: string; role: string }[] }[] }[] };
/** The organizations of one task as the public open data shows them. */
async function publicOrganizations(request: APIRequestContext, code: string) {
  const summary = (await (await request.get('/api/public/summary')).json()) as Summary;
  const task = summary.taskGroups.flatMap((g) => g.tasks).find((t) => t.code === code);
  return task?.organizations.map((o) => `${o.code}:${o.role}`).sort();
}

test('the administrator sees the poor-household conflict (1,25 % in II.2.1, 1,45 % in III.3)', async ({ page }) => {
  await page.goto('/admin');
  await expect(page.getByTestId('warnings-banner')).toBeVisible();
  await page.getByRole('link', { name: 'Xem cảnh báo' }).click();
  await expect(page).toHaveURL(/\/admin\/warnings$/);
  const warning = page.getByTestId('import-warning').filter({ hasText: 'hộ nghèo' });
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText('1,25%');
  await expect(warning).toContainText('1,45%');
});

test('reassigning a task’s organizations is saved, shown to the public at once, and refused without a lead', async ({
  page,
  request,
}) => {
  expect(await publicOrganizations(request, 'III.5.5')).toEqual(['DU:lead']);
  await page.goto('/admin/assignments');
  const row = page.getByTestId('assignment-III.5.5');
  await expect(row).toContainText('Đảng ủy phường');
  await expect(row).not.toContainText('Hội đồng nhân dân phường');
  await row.getByRole('link', { name: 'Sửa phân công III.5.5' }).click();

  const form = page.getByTestId('assignment-form');
  await expect(page.getByTestId('assignment-subject')).toContainText('tập trung dân chủ');
  await form.getByLabel('Hội đồng nhân dân phường (HDND)').selectOption('coordinate');
  await form.getByRole('button', { name: 'Lưu phân công' }).click();
  await expect(page.getByTestId('assignment-message')).toHaveText('✓ Đã lưu phân công.');

  // Without a lead the change is refused and nothing moves.
  await form.getByLabel('Đảng ủy phường (DU)').selectOption('');
  await form.getByRole('button', { name: 'Lưu phân công' }).click();
  await expect(page.getByTestId('assignment-message')).toHaveText('⚠ Cần ít nhất một cơ quan chủ trì.');

  await page.goto('/admin/assignments');
  const lead = row.locator('td').nth(2);
  const coordinate = row.locator('td').nth(3);
  await expect(lead).toContainText('Đảng ủy phường');
  await expect(coordinate).toContainText('Hội đồng nhân dân phường');
  // The public open data was re-rendered by the reassignment (revalidatePublicPages).
  expect(await publicOrganizations(request, 'III.5.5')).toEqual(['DU:lead', 'HDND:coordinate']);

  // Put it back as seeded, so later specs see the default owners.
  await row.getByRole('link', { name: 'Sửa phân công III.5.5' }).click();
  await page.getByTestId('assignment-form').getByLabel('Hội đồng nhân dân phường (HDND)').selectOption('');
  await page.getByTestId('assignment-form').getByRole('button', { name: 'Lưu phân công' }).click();
  await expect(page.getByTestId('assignment-message')).toHaveText('✓ Đã lưu phân công.');
  await page.goto('/admin/assignments');
  await expect(row.locator('td').nth(3)).not.toContainText('Hội đồng nhân dân phường');
  expect(await publicOrganizations(request, 'III.5.5')).toEqual(['DU:lead']);
});
