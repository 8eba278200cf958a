import JSZip from 'jszip';
import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { storageStatePath, type Account } from './fixtures/accounts';
import { readDb, reopenYear } from './fixtures/approved-figures';
import { targetCard, targetLatest, targetStatus, taskItem, taskVerdict } from './fixtures/summary-page';

// The ward's reporting rhythm in a browser: the office sets cadences, a year-end-only target and a
// task deadline; a six-monthly item asks only for H1 and the year; the chair closes H1 with the
// updates still waiting listed first, reopens it for the Fatherland Front, which files late; an
// estimate on the public card becomes an official figure judged "Vượt"; the chair closes the year
// and the public year-end Word file carries the resolution's summary line.
// Figures of this spec: MTTQ's targets 2.1.05 (H1 estimate, year official) and 2.1.06 (late H1);
// the task III.8.1's deadline. It needs 2023 current: a worker's fresh database has it, and
// years-cycle, which may run before it in the same worker, ends by undoing its publication of 2024.
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const year = () => readDb<{ year: number }>("SELECT year FROM resolutions WHERE state = 'current'")[0]!.year;
const id = (table: 'targets' | 'tasks', code: string) =>
  readDb<{ id: number }>(
    `SELECT x.id FROM ${table} x ${table === 'targets' ? '' : 'JOIN task_groups g ON g.id = x.group_id'}
      JOIN resolutions r ON r.id = ${table === 'targets' ? 'x' : 'g'}.resolution_id
     WHERE r.state = 'current' AND x.code = ?`,
    code,
  )[0]!.id;
const periodId = (code: string) =>
  readDb<{ id: number }>('SELECT id FROM reporting_periods WHERE code = ?', code)[0]!.id;
/** Today in the ward (dd/mm/yyyy), as the app writes a closing day. */
const wardToday = () =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());

// e2e/public-report.spec.ts closes the year straight in the database to publish its year-end
// report; this journey starts from an open year and closes it in the browser.
test.beforeAll(async ({ baseURL }) => {
  await reopenYear(baseURL!);
});

async function pageAs(browser: Browser, account: Account): Promise<Page> {
  return (await browser.newContext({ storageState: storageStatePath(account) })).newPage();
}

/** The options of the update form's "periods to report" group (the item's cadence). */
async function askedPeriods(page: Page): Promise<string[]> {
  return page
    .getByLabel('Kỳ báo cáo')
    .locator('optgroup[label="Kỳ cần báo cáo (theo nhịp báo cáo)"] option')
    .allTextContents();
}

/** Every period label the update form offers. */
async function offeredPeriods(page: Page): Promise<string[]> {
  return page.getByLabel('Kỳ báo cáo').locator('option').allTextContents();
}

async function fileTargetUpdate(
  page: Page,
  code: string,
  period: string,
  value: string,
  kind: 'Ước thực hiện' | 'Chính thức',
) {
  await page.goto(`/dashboard/targets/${id('targets', code)}/update`);
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: period });
  await page.getByLabel('Số liệu đạt được (%)').fill(value);
  await page.getByRole('radio', { name: kind }).check();
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByTestId('done-message')).toHaveText('Đã gửi báo cáo cho Thường trực Đảng ủy.');
  await expect(page.getByTestId('summary-value')).toContainText(`(${kind.toLowerCase()})`);
}

/** The chair approves, one by one, every update of the queue's current filter. */
async function approveAll(chair: Page) {
  for (;;) {
    const first = chair.locator('[data-testid^="queue-item-"]').first();
    if ((await first.count()) === 0) break;
    const testId = (await first.getAttribute('data-testid'))!;
    await first.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect(chair.getByTestId(testId)).toHaveCount(0);
  }
}

/** On the cut-off page: settle what still waits for the period, then close it. */
async function settleAndClose(chair: Page, code: string, label: string) {
  await chair.goto('/approvals/periods');
  const block = chair.getByTestId(`period-${code}`);
  if ((await block.getByTestId('waiting').count()) > 0) {
    await block.getByRole('link', { name: 'Xử lý các báo cáo này' }).click();
    await expect(chair).toHaveURL(new RegExp(`/approvals\\?period=${periodId(code)}$`));
    await approveAll(chair);
    await chair.goto('/approvals/periods');
  }
  await expect(block.getByTestId('waiting')).toHaveCount(0);
  const form = block.getByTestId(`close-form-${code}`);
  await form.getByLabel(`Tôi xác nhận chốt số liệu ${label}`).check();
  await form.getByRole('button', { name: 'Chốt số liệu' }).click();
  await expect(block.getByTestId('period-state')).toHaveText(`Đã chốt ngày ${wardToday()}`);
}

test('the office sets a cadence per item and in bulk, a year-end-only target and a task deadline', async ({
  browser,
}) => {
  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin/assignments');
  // The defaults are data: targets at the six-month and year reviews, tasks every quarter.
  const defaults = admin.getByTestId('cadence-defaults');
  await expect(defaults.getByLabel('Chỉ tiêu')).toHaveValue('six_monthly');
  await expect(defaults.getByLabel('Nhiệm vụ')).toHaveValue('quarterly');
  const cell = (code: string) => admin.getByTestId(`assignment-${code}`).getByTestId('cadence-cell');
  await expect(cell('2.1.05')).toHaveText('Theo mặc định (6 tháng và cả năm)');

  // In bulk: every task monthly, then back to the default; the table says so each time.
  const bulk = admin.getByTestId('cadence-bulk');
  await bulk.getByLabel('Áp dụng cho').selectOption({ label: 'Tất cả nhiệm vụ' });
  await bulk.getByLabel('Nhịp', { exact: true }).selectOption({ label: 'Hằng tháng' });
  await bulk.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(admin.getByTestId('cadence-bulk-message')).toHaveText(/^Đã đặt nhịp cho \d+ phân công\.$/);
  await expect(cell('III.8.1')).toHaveText('Hằng tháng');
  // A form that succeeded starts afresh (React resets it): choose the tasks again.
  await bulk.getByLabel('Áp dụng cho').selectOption({ label: 'Tất cả nhiệm vụ' });
  await bulk.getByLabel('Nhịp', { exact: true }).selectOption({ label: 'Bỏ nhịp riêng (theo mặc định)' });
  await bulk.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(cell('III.8.1')).toHaveText('Theo mặc định (Hằng quý)');

  // Per item: the Farmers' task monthly, with a deadline; 2.1.06 judged at year end only.
  await admin.getByRole('link', { name: 'Sửa phân công III.8.1' }).click();
  const form = admin.getByTestId('rhythm-form');
  await form.getByLabel('Nhịp báo cáo').selectOption({ label: 'Hằng tháng' });
  await form.getByLabel('Hạn hoàn thành').fill(`${year()}-09-30`);
  await form.getByRole('button', { name: 'Lưu nhịp báo cáo' }).click();
  await expect(admin.getByTestId('rhythm-message')).toHaveText('Đã lưu nhịp báo cáo và đánh giá.');
  await admin.goto('/admin/assignments');
  await expect(cell('III.8.1')).toHaveText(`Hằng thángHạn hoàn thành: 30/09/${year()}`);
  await admin.goto(`/admin/assignments/target/${id('targets', '2.1.06')}`);
  await admin
    .getByTestId('rhythm-form')
    .getByRole('checkbox', { name: /Chỉ đánh giá cuối năm/ })
    .check();
  await admin.getByTestId('rhythm-form').getByRole('button', { name: 'Lưu nhịp báo cáo' }).click();
  await expect(admin.getByTestId('rhythm-message')).toHaveText('Đã lưu nhịp báo cáo và đánh giá.');
  const audits = readDb<{ action: string }>(
    "SELECT action FROM audit_log WHERE action IN ('assignment.cadence', 'assignment.cadence_bulk', 'task.deadline', 'target.year_end_only') ORDER BY id",
  ).map((a) => a.action);
  expect(audits.slice(-5)).toEqual([
    'assignment.cadence_bulk',
    'assignment.cadence_bulk',
    'assignment.cadence',
    'task.deadline',
    'target.year_end_only',
  ]);
  await admin.context().close();

  // The Farmers' officer is now asked for the task every month; the public sees its deadline.
  const officer = await pageAs(browser, 'hoinongdan');
  await officer.goto(`/dashboard/tasks/${id('tasks', 'III.8.1')}/update`);
  const asked = await askedPeriods(officer);
  expect(asked).toHaveLength(12);
  expect(asked[0]).toMatch(new RegExp(`^Tháng 1/${year()} `));
  await officer.context().close();
  const visitor = await browser.newPage();
  await visitor.goto('/');
  await expect(taskVerdict(taskItem(visitor, 'III.8.1'))).toContainText(`Hạn hoàn thành 30/09/${year()}`);
  await visitor.close();

  // Back to quarterly through the same form, so the other journeys keep their calendar.
  const again = await pageAs(browser, 'admin');
  await again.goto(`/admin/assignments/task/${id('tasks', 'III.8.1')}`);
  await again.getByTestId('rhythm-form').getByLabel('Nhịp báo cáo').selectOption({ label: 'Theo mặc định (Hằng quý)' });
  await again.getByTestId('rhythm-form').getByRole('button', { name: 'Lưu nhịp báo cáo' }).click();
  await expect(again.getByTestId('rhythm-message')).toHaveText('Đã lưu nhịp báo cáo và đánh giá.');
  await again.context().close();
});

test('an officer with a six-monthly item sees only H1 and the year', async ({ browser }) => {
  const y = year();
  const officer = await pageAs(browser, 'mttq');
  await officer.goto(`/dashboard/targets/${id('targets', '2.1.05')}/update`);
  expect(await askedPeriods(officer)).toEqual([`6 tháng đầu năm ${y} (hạn 14/06/${y})`, `Năm ${y} (hạn 14/12/${y})`]);
  // Its dashboard asks for no month or quarter of any target (tasks stay quarterly).
  await officer.goto('/dashboard');
  await expect(officer.getByRole('heading', { name: 'Cần báo cáo' })).toBeVisible();
  await expect(
    officer.locator('[data-testid^="due-target-"] [data-testid^="due-chip-"]').filter({ hasText: /Tháng|Quý/ }),
  ).toHaveCount(0);
  await expect(officer.locator('[data-testid^="due-task-"] [data-testid^="due-chip-"]').first()).toContainText('Quý');
  await officer.context().close();
});

test('the chair closes H1, then reopens it for one organization, which files a late update', async ({ browser }) => {
  const y = year();
  const h1 = `6 tháng đầu năm ${y} (hạn 14/06/${y})`;
  // The Fatherland Front files its six-month estimate: it waits for the chair.
  const mttq = await pageAs(browser, 'mttq');
  await fileTargetUpdate(mttq, '2.1.05', h1, '85', 'Ước thực hiện');

  // The cut-off page lists it first, and closing is refused while it waits.
  const chair = await pageAs(browser, 'bithu');
  await chair.goto('/dashboard');
  await chair.getByRole('navigation', { name: 'Khu làm việc' }).getByRole('link', { name: 'Chốt số liệu' }).click();
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText('Chốt số liệu');
  const block = chair.getByTestId(`period-${y}-H1`);
  await expect(block.getByTestId('period-state')).toHaveText('Đang mở');
  await expect(block.getByTestId('waiting')).toContainText('Ủy ban Mặt trận Tổ quốc phường – 2.1.05');
  const waitingTop = (await block.getByTestId('waiting').boundingBox())!.y;
  const formTop = (await block.getByTestId(`close-form-${y}-H1`).boundingBox())!.y;
  expect(waitingTop).toBeLessThan(formTop);
  await block.getByLabel(`Tôi xác nhận chốt số liệu 6 tháng đầu năm ${y}`).check();
  await block.getByRole('button', { name: 'Chốt số liệu' }).click();
  await expect(block.getByTestId(`close-form-${y}-H1`)).toContainText(/Chưa chốt được: còn \d+ báo cáo chờ duyệt/);
  expect(
    readDb<{ closed_at: number | null }>('SELECT closed_at FROM reporting_periods WHERE code = ?', `${y}-H1`),
  ).toEqual([{ closed_at: null }]);

  // Settled, then closed.
  await settleAndClose(chair, `${y}-H1`, `6 tháng đầu năm ${y}`);

  // Closed: the Front can no longer choose H1 for its other target, nor can the People's Committee.
  await mttq.goto(`/dashboard/targets/${id('targets', '2.1.06')}/update`);
  expect(await offeredPeriods(mttq)).not.toContain(h1);
  const ubnd = await pageAs(browser, 'ubnd');
  await ubnd.goto(`/dashboard/targets/${id('targets', '2.1.01')}/update`);
  expect(await offeredPeriods(ubnd)).not.toContain(h1);

  // Reopened for the Front alone, with a reason and a time limit; a reason is required.
  await chair.goto('/approvals/periods');
  const reopen = chair.getByTestId(`reopen-form-${y}-H1`);
  await reopen.getByLabel('Đơn vị').selectOption({ label: 'Ủy ban Mặt trận Tổ quốc phường' });
  await reopen.getByLabel('Thời hạn (số ngày, từ 1 đến 30)').fill('3');
  await reopen.getByRole('button', { name: 'Mở lại' }).click();
  await expect(reopen.getByLabel('Lý do mở lại')).toHaveAttribute('aria-invalid', 'true');
  await expect(reopen).toContainText('Nhập lý do mở lại.');
  const reason = 'Bổ sung số liệu tổ dân phố văn hóa sau rà soát';
  await reopen.getByLabel('Lý do mở lại').fill(reason);
  await reopen.getByRole('button', { name: 'Mở lại' }).click();
  await expect(reopen).toContainText(
    new RegExp(`Đã mở lại 6 tháng đầu năm ${y} cho Ủy ban Mặt trận Tổ quốc phường đến \\d{2}/\\d{2}/\\d{4}`),
  );
  await expect(chair.getByTestId(`period-${y}-H1`).getByTestId('reopenings')).toContainText(
    `Ủy ban Mặt trận Tổ quốc phường: ${reason} — mở đến`,
  );

  // The Front's dashboard keeps the reopening in its history, and it files late.
  await mttq.goto('/dashboard');
  await expect(mttq.getByTestId('org-reopenings')).toContainText(`6 tháng đầu năm ${y}: ${reason} — mở đến`);
  await fileTargetUpdate(mttq, '2.1.06', h1, '82', 'Chính thức');
  await ubnd.reload();
  expect(await offeredPeriods(ubnd)).not.toContain(h1);
  await ubnd.context().close();

  // The chair approves the late update within the reopening.
  await chair.goto(`/approvals?period=${periodId(`${y}-H1`)}`);
  await approveAll(chair);
  expect(
    readDb<{ state: string }>(
      `SELECT u.state FROM updates u JOIN targets t ON t.id = u.target_id JOIN reporting_periods p ON p.id = u.period_id
        WHERE t.code = '2.1.06' AND p.code = ?`,
      `${y}-H1`,
    ).map((r) => r.state),
  ).toEqual(['approved']);
  expect(
    readDb<{ action: string }>(
      "SELECT action FROM audit_log WHERE action IN ('period.close', 'period.reopen') ORDER BY id",
    )
      .map((a) => a.action)
      .slice(-2),
  ).toEqual(['period.close', 'period.reopen']);
  await chair.context().close();
  await mttq.context().close();

  // Judged at year end only: the late figure shows no pace.
  const visitor = await browser.newPage();
  await visitor.goto('/');
  await expect(targetStatus(targetCard(visitor, '2.1.06'))).toHaveText('Đánh giá cuối năm');
  await visitor.close();
});

test('the public card shows “ước thực hiện” and later “chính thức” with “Vượt”', async ({ browser }) => {
  const y = year();
  const visitor = await browser.newPage();
  await visitor.goto('/');
  const card = targetCard(visitor, '2.1.05');
  await expect(targetLatest(card)).toContainText(`85 % (ước thực hiện)`);
  await expect(targetStatus(card)).toHaveText('Đạt tiến độ (theo số ước thực hiện)');
  let data = await (await visitor.request.get('/api/public/summary')).json();
  expect(data.targets.find((t: { code: string }) => t.code === '2.1.05').latest).toMatchObject({
    value: 85,
    kind: 'estimate',
    period: `${y}-H1`,
  });

  // The year's official figure, above the target: it supersedes the estimate.
  const mttq = await pageAs(browser, 'mttq');
  await fileTargetUpdate(mttq, '2.1.05', `Năm ${y} (hạn 14/12/${y})`, '92', 'Chính thức');
  await mttq.context().close();
  const chair = await pageAs(browser, 'bithu');
  await chair.goto(`/approvals?period=${periodId(`${y}-Y`)}`);
  await approveAll(chair);
  await chair.context().close();

  await visitor.goto('/');
  await expect(targetLatest(card)).toContainText(`92 % (chính thức)`);
  await expect(targetStatus(card)).toHaveText('Vượt');
  await expect(card).toHaveAttribute('data-status', 'exceeded');
  data = await (await visitor.request.get('/api/public/summary')).json();
  const t205 = data.targets.find((t: { code: string }) => t.code === '2.1.05');
  expect(t205.status).toBe('exceeded');
  expect(t205.latest).toMatchObject({ value: 92, kind: 'official', period: `${y}-Y` });
  // The target's page and its chart keep the estimate marked as such beside the official figure.
  await visitor.goto(`/targets/${id('targets', '2.1.05')}`);
  await expect(visitor.locator('main')).toContainText('85 % (ước thực hiện)');
  await expect(visitor.locator('main')).toContainText('92 % (chính thức)');
  const points = visitor.getByTestId('history-chart').getByTestId('chart-point');
  await expect(points.and(visitor.locator('[data-kind="estimate"]'))).toContainText('(ước thực hiện)');
  await expect(points.and(visitor.locator('[data-kind="official"]')).last()).not.toContainText('ước thực hiện');
  // The export says which kind each figure is.
  const csv = await (await visitor.request.get('/api/public/export/targets.csv')).text();
  const row = csv.split('\n').find((line) => line.includes('Tỷ lệ gia đình văn hóa'))!;
  expect(row).toContain('chính thức');
  expect(row).toContain('Vượt');
  await visitor.close();
});

test('the chair closes the year; the public year-end Word file carries the summary line', async ({ browser }) => {
  const y = year();
  const visitor = await browser.newPage();
  expect((await visitor.request.get('/api/public/report/year')).status()).toBe(404);
  const chair = await pageAs(browser, 'bithu');
  await settleAndClose(chair, `${y}-Y`, `Năm ${y}`);
  await chair.context().close();

  await visitor.goto('/');
  await expect(visitor.getByRole('link', { name: `Báo cáo kết quả năm ${y} (Word)` })).toHaveAttribute(
    'href',
    '/api/public/report/year',
  );
  const response = await visitor.request.get('/api/public/report/year');
  expect(response.status()).toBe(200);
  const zip = await JSZip.loadAsync(await response.body());
  const xml = (await zip.file('word/document.xml')!.async('string')).replace(/\u00a0/g, ' ');
  expect(xml).toMatch(/\d+\/19 chỉ tiêu đạt và vượt/);
  expect(xml).toContain('92 % (chính thức, Năm');
  expect(xml).toContain('Vượt');
  expect(xml).toContain('Thường trực Đảng ủy chốt số liệu ngày');
  await visitor.close();
});
