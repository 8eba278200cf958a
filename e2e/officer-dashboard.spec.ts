import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { insertUpdate } from '../test/update-rows';
import { storageStatePath } from './fixtures/accounts';
import { readDb } from './fixtures/approved-figures';
import { e2eDatabase } from './fixtures/worker';

// The officer's dashboard as the Hội Cựu chiến binh's officer meets it: nothing returned, then an
// update the chair returned, which comes first with its reason and a way to correct it; the list
// of what to update has one row per task, its periods as chips, and can be filtered and folded.
test.describe.configure({ mode: 'serial' });
test.use({ storageState: storageStatePath('hoicuuchienbinh') });

const reason = 'Ghi rõ số hội viên tham gia và kết quả từng chi hội.';

/** HCCB's tasks and the periods last due, straight from the database. */
function hccbSubjects() {
  return readDb<{ code: string; kind: string }>(
    `SELECT coalesce(t.code, k.code) AS code, CASE WHEN a.target_id IS NULL THEN 'task' ELSE 'target' END AS kind
       FROM assignments a JOIN organizations o ON o.id = a.organization_id
       LEFT JOIN targets t ON t.id = a.target_id LEFT JOIN tasks k ON k.id = a.task_id
      WHERE o.code = 'HCCB' ORDER BY code`,
  );
}

test('with nothing returned and nothing open, every list says so in a sentence', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page.getByTestId('notice-returned')).toHaveCount(0);
  const returned = page.getByRole('region', { name: 'Bị trả lại, cần sửa và gửi lại' });
  await expect(returned).toContainText('Không có báo cáo nào bị trả lại.');
  const open = page.getByRole('region', { name: 'Báo cáo chưa duyệt' });
  await expect(open).toContainText('Đơn vị không có báo cáo nào chưa duyệt');
  // HCCB coordinates tasks only: the targets filter says there is nothing, in words.
  expect(hccbSubjects().every((s) => s.kind === 'task')).toBe(true);
  await page.getByTestId('due-filter').getByRole('link', { name: 'Chỉ tiêu' }).click();
  await expect(page).toHaveURL(/\?show=target/);
  await expect(page.getByRole('region', { name: 'Cần báo cáo' })).toContainText(
    'Không có chỉ tiêu nào cần báo cáo cho các kỳ đang đến hạn.',
  );
  await expect(page.getByTestId('due-list').locator(':scope > li')).toHaveCount(0);
});

test('a returned update comes first, with the reason and “Sửa và gửi lại”', async ({ page }) => {
  const [first] = hccbSubjects();
  // Tasks are reported on every quarter (the default cadence): the quarter due last.
  const periods = readDb<{ code: string }>(
    `SELECT code FROM reporting_periods WHERE kind = 'quarter'
        AND due_on = (SELECT max(due_on) FROM reporting_periods WHERE kind = 'quarter' AND due_on < date('now'))
      ORDER BY code`,
  );
  expect(periods.length).toBeGreaterThan(0);
  const period = periods[0]!.code;
  const sqlite = new Database(e2eDatabase());
  let id: number;
  try {
    sqlite.pragma('busy_timeout = 10000');
    id = insertUpdate(sqlite, {
      kind: 'task',
      subjectCode: first!.code,
      period,
      state: 'returned',
      org: 'HCCB',
      taskStatus: 'on_track',
      progress: 40,
      narrative: 'Đã triển khai ở 5 chi hội',
      returnReason: reason,
    });
  } finally {
    sqlite.close();
  }

  await page.goto('/dashboard');
  // The notice is a way to the update, and the update sits above every period still to report.
  await page
    .getByTestId('notice-returned')
    .getByRole('link', { name: /1 báo cáo bị trả lại cần sửa/ })
    .click();
  await expect(page).toHaveURL(/#returned-title$/);
  const card = page.getByTestId(`returned-update-${id}`);
  await expect(card).toContainText(reason);
  await expect(card).toBeInViewport();
  const returnedTop = (await page.locator('#returned-title').boundingBox())!.y;
  const dueTop = (await page.locator('#due-title').boundingBox())!.y;
  expect(returnedTop).toBeLessThan(dueTop);

  // In the list to report, the task is one row whatever the number of periods; its chip for the
  // returned period says it is to be corrected, not continued.
  const subjects = hccbSubjects();
  await expect(page.getByTestId('due-list').locator(':scope > li')).toHaveCount(subjects.length);
  const row = page.getByTestId(`due-task-${first!.code}`);
  const chip = row.getByTestId(`due-chip-${period}`);
  await expect(chip).toBeVisible();
  await expect(chip).toContainText('Sửa báo cáo bị trả lại');
  await expect(row).not.toContainText('Tiếp tục báo cáo đang soạn');
  await expect(chip).toHaveAttribute('href', `/dashboard/updates/${id}`);

  await card.getByRole('link', { name: 'Sửa và gửi lại' }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/updates/${id}$`));
  await expect(page.getByTestId('return-reason')).toContainText(reason);
});

test('each row of the list to report folds, and the filter keeps tasks only', async ({ page }) => {
  const subjects = hccbSubjects();
  await page.goto('/dashboard?show=task');
  await expect(page.getByTestId('due-filter').getByRole('link', { name: 'Nhiệm vụ' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page.getByTestId('due-list').locator(':scope > li')).toHaveCount(subjects.length);
  // The row with a returned update starts unfolded; it folds and unfolds on its summary.
  const row = page.getByTestId(`due-task-${subjects[0]!.code}`);
  const chips = row.locator('[data-testid^="due-chip-"]');
  await expect(chips.first()).toBeVisible();
  await expect(row.locator('summary')).toContainText(/\d+ kỳ · hạn sớm nhất \d{2}\/\d{2}\/\d{4}/);
  await row.locator('summary').click();
  await expect(chips.first()).toBeHidden();
  await row.locator('summary').click();
  await expect(chips.first()).toBeVisible();
});

test('on a 360 px phone the returned update is on the first screen', async ({ browser }) => {
  const context = await browser.newContext({
    storageState: storageStatePath('hoicuuchienbinh'),
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await page.goto('/dashboard');
  await expect(page.getByRole('link', { name: 'Sửa và gửi lại' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});

test('the update form is at …/update; its former …/report URL redirects there for good, query kept', async ({
  page,
}) => {
  await page.goto('/dashboard');
  const taskPath = (await page.getByRole('link', { name: 'Lịch sử, báo cáo' }).first().getAttribute('href'))!;
  expect(taskPath).toMatch(/^\/dashboard\/tasks\/\d+$/);
  // The task's page offers a new update at …/update.
  await page.goto(taskPath);
  await expect(page.getByRole('link', { name: 'Lập báo cáo mới' })).toHaveAttribute('href', `${taskPath}/update`);

  // Bookmarks and emails sent before the rename: a permanent redirect, the query carried over.
  for (const prefix of ['', '/en']) {
    const response = await page.request.get(`${prefix}${taskPath}/report?period=7`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()['location']).toBe(`${prefix}${taskPath}/update?period=7`);
  }
  await page.goto(`${taskPath}/report`);
  await expect(page).toHaveURL(new RegExp(`${taskPath}/update$`));
  await expect(page.getByTestId('update-form')).toBeVisible();
});
