import { type Browser } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { storageStatePath, type Account } from './fixtures/accounts';
import { readDb } from './fixtures/approved-figures';
import { targetCard, targetLatest, targetStatus, taskItem, taskLatest, taskVerdict } from './fixtures/summary-page';

// Statuses on / after approvals made through the app itself: the People's Committee's officer
// updates, the chair approves. Figures of this spec: targets 2.1.14 and 2.1.15, task III.3.1.
test.describe.configure({ mode: 'serial' });

const id = (table: 'targets' | 'tasks', code: string) =>
  readDb<{ id: number }>(`SELECT id FROM ${table} WHERE code = ?`, code)[0]!.id;

async function as(browser: Browser, account: Account) {
  const context = await browser.newContext({ storageState: storageStatePath(account) });
  return { page: await context.newPage(), close: () => context.close() };
}

// Three updates filed and approved in the browser: room for a loaded machine.
test.setTimeout(120_000);

test('ubnd reports on two targets and a task; bithu approves them; / shows the right status words', async ({
  browser,
}) => {
  const officer = await as(browser, 'ubnd');
  const updates: [string, string, string][] = [
    ['2.1.14', 'Quý IV/2023', '100'],
    ['2.1.15', 'Quý II/2023', '30,5'],
  ];
  for (const [code, period, value] of updates) {
    await officer.page.goto(`/dashboard/targets/${id('targets', code)}/update`);
    const option = officer.page.getByLabel('Kỳ báo cáo').locator('option', { hasText: period });
    await officer.page.getByLabel('Kỳ báo cáo').selectOption((await option.getAttribute('value'))!);
    await officer.page.getByLabel('Số liệu đạt được (%)').fill(value);
    await officer.page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(officer.page.getByTestId('done-message')).toHaveText('Đã gửi báo cáo cho Thường trực Đảng ủy.');
  }
  await officer.page.goto(`/dashboard/tasks/${id('tasks', 'III.3.1')}/update`);
  const option = officer.page.getByLabel('Kỳ báo cáo').locator('option', { hasText: 'Quý III/2023' });
  await officer.page.getByLabel('Kỳ báo cáo').selectOption((await option.getAttribute('value'))!);
  await officer.page.getByLabel('Tình trạng').selectOption('done');
  await officer.page.getByLabel('Tỷ lệ hoàn thành (%)').fill('100');
  await officer.page
    .getByLabel('Kết quả đã thực hiện')
    .fill('Trạm y tế phường hoàn thành kế hoạch tiêm chủng và kiểm tra an toàn thực phẩm.');
  await officer.page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(officer.page.getByTestId('done-message')).toHaveText('Đã gửi báo cáo cho Thường trực Đảng ủy.');
  await officer.close();

  // Submitted, not approved: the public sees nothing yet.
  const visitor = await as(browser, 'admin');
  await visitor.page.context().clearCookies();
  await visitor.page.goto('/');
  await expect(targetStatus(targetCard(visitor.page, '2.1.14'))).toHaveText('Chưa có số liệu');

  const chair = await as(browser, 'bithu');
  await chair.page.goto('/approvals');
  const submitted = readDb<{ id: number }>(
    `SELECT u.id FROM updates u LEFT JOIN targets t ON t.id = u.target_id LEFT JOIN tasks k ON k.id = u.task_id
      WHERE u.state = 'submitted' AND (t.code IN ('2.1.14', '2.1.15') OR k.code = 'III.3.1')`,
  );
  expect(submitted).toHaveLength(3);
  for (const { id: updateId } of submitted) {
    const item = chair.page.getByTestId(`queue-item-${updateId}`);
    await item.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect(chair.page.getByTestId(`queue-item-${updateId}`)).toHaveCount(0);
  }
  await chair.close();

  await visitor.page.goto('/');
  const row = (code: string) => targetCard(visitor.page, code);
  await expect(targetStatus(row('2.1.14'))).toHaveText('Đạt');
  await expect(targetLatest(row('2.1.14'))).toContainText('100 % (chính thức)');
  await expect(targetLatest(row('2.1.14'))).toContainText('Quý IV/2023');
  // 30,5 % by 30/06 against 100 % × 181/365 ≈ 49,6 %: behind the pace of the year.
  await expect(targetStatus(row('2.1.15'))).toHaveText('Chưa đạt tiến độ');
  await expect(targetLatest(row('2.1.15'))).toContainText('30,5 % (chính thức)');
  await expect(taskLatest(taskItem(visitor.page, 'III.3.1'))).toContainText(
    'Hoàn thành · Tiến độ 100 % · Quý III/2023',
  );
  // Reported done today, after the 2023 year end that is its deadline: the review's words say so.
  await expect(taskVerdict(taskItem(visitor.page, 'III.3.1'))).toHaveText(
    'Hoàn thành quá hạn · Hạn hoàn thành 31/12/2023',
  );
  await visitor.close();
});
