import { expect, test } from '@playwright/test';
import { storageStatePath } from './fixtures/accounts';
import { auditPage as audit } from './fixtures/axe-audit';
import { readDb } from './fixtures/approved-figures';

// The workflow's pages and forms pass an automated WCAG 2.1 A/AA audit, in both languages, for
// the officer (dashboard, update forms, an update with its evidence) and the chair (queue, gaps).
// It files its own updates first (UBND: a draft on 2.1.12 for July, 2.1.11 submitted for August),
// so every list and form it audits has content.

const one = (sql: string) => readDb<{ id: number }>(sql)[0]!.id;

test.describe('officer', () => {
  test.use({ storageState: storageStatePath('ubnd') });
  test('dashboard, update forms, an update and a history page', async ({ page }) => {
    const target = one("SELECT id FROM targets WHERE code = '2.1.12'");
    const task = one("SELECT id FROM tasks WHERE code = 'III.7.1'");
    for (const [code, period, value, button] of [
      ['2.1.12', 'Tháng 7/2023 (hạn 05/08/2023)', '18,5', 'Lưu nháp'],
      ['2.1.11', 'Tháng 8/2023 (hạn 05/09/2023)', '21,3', 'Gửi duyệt'],
    ] as const) {
      await page.goto(`/dashboard/targets/${one(`SELECT id FROM targets WHERE code = '${code}'`)}/update`);
      await page.getByLabel('Kỳ báo cáo').selectOption({ label: period });
      await page.getByLabel('Số liệu đạt được (%)').fill(value);
      await page.getByRole('button', { name: button }).click();
      await expect(page.getByTestId('done-message')).toBeVisible();
    }
    const draft = one(
      "SELECT u.id FROM updates u JOIN targets t ON t.id = u.target_id WHERE t.code = '2.1.12' AND u.state = 'draft'",
    );
    const urls = [
      '/dashboard',
      `/dashboard/targets/${target}/update`,
      `/dashboard/tasks/${task}/update`,
      `/dashboard/updates/${draft}`,
      `/dashboard/targets/${target}`,
    ];
    for (const url of urls) await audit(page, url);
    for (const url of ['/en/dashboard', `/en/dashboard/updates/${draft}`]) await audit(page, url);
  });
});

test.describe('chair', () => {
  test.use({ storageState: storageStatePath('bithu') });
  test('queue, gaps and overview', async ({ page }) => {
    for (const url of ['/approvals', '/approvals/missing', '/dashboard']) await audit(page, url);
  });
});
