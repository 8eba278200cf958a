import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';
import { auditPage as audit } from './fixtures/axe-audit';
import { readDb } from './fixtures/approved-figures';

// The workflow's pages and forms pass an automated WCAG 2.1 A/AA audit, in both languages, for
// the officer (dashboard, update forms, an update with its evidence) and the chair (queue, gaps).
// It files its own updates first (UBND: a draft on 2.1.12 for July, 2.1.11 submitted for August),
// so every list and form it audits has content.

const one = (sql: string) => readDb<{ id: number }>(sql)[0]!.id;

// One test per page: each audit has the whole time of a test, however loaded the machine is.
test.describe('officer', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ storageState: storageStatePath('ubnd') });
  const target = () => one("SELECT id FROM targets WHERE code = '2.1.12'");
  const task = () => one("SELECT id FROM tasks WHERE code = 'III.7.1'");
  const draft = () =>
    one(
      "SELECT u.id FROM updates u JOIN targets t ON t.id = u.target_id WHERE t.code = '2.1.12' AND u.state = 'draft'",
    );

  test('files a draft and a submitted update, so the lists and forms have content', async ({ page }) => {
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
  });

  for (const [name, url] of [
    ['the dashboard', () => '/dashboard'],
    ['a target’s update form', () => `/dashboard/targets/${target()}/update`],
    ['a task’s update form', () => `/dashboard/tasks/${task()}/update`],
    ['an update', () => `/dashboard/updates/${draft()}`],
    ['a target’s history', () => `/dashboard/targets/${target()}`],
    ['a task’s history', () => `/dashboard/tasks/${task()}`],
    ['the dashboard in English', () => '/en/dashboard'],
    ['an update in English', () => `/en/dashboard/updates/${draft()}`],
  ] as const) {
    test(`${name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      await audit(page, url());
    });
  }
});

test.describe('chair', () => {
  test.use({ storageState: storageStatePath('bithu') });
  for (const url of ['/approvals', '/approvals/missing', '/dashboard']) {
    test(`${url} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      await audit(page, url);
    });
  }
});
