import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';
import { readDb } from './fixtures/approved-figures';
import { samplePdf } from './fixtures/workflow-setup';
import { expectNoAxeViolations } from './fixtures/axe-audit';

// The chair's bulk approval, version conflicts in the UI (an officer's two tabs, a double
// approval), who may open what, and the dashboard on a 360 px phone.
// Figures of this spec: UBND's target 2.1.12 (M01–M03), task III.7.1 (M04); MTTQ's 2.1.06 (M05).
test.describe.configure({ mode: 'serial' });

const id = (table: 'targets' | 'tasks', code: string) =>
  readDb<{ id: number }>(`SELECT id FROM ${table} WHERE code = ?`, code)[0]!.id;
const periodLabel = (month: number) => {
  const due = new Date(Date.UTC(2023, month, 5)).toISOString().slice(0, 10).split('-');
  return `Tháng ${month}/2023 (hạn ${due[2]}/${due[1]}/${due[0]})`;
};

test('ubnd submits three monthly figures; bithu bulk-approves them at once', async ({ browser }) => {
  // Three updates, then a confirmed bulk approval: room for a loaded machine.
  test.setTimeout(120_000);
  const officer = await (await browser.newContext({ storageState: storageStatePath('ubnd') })).newPage();
  for (const [month, value] of [
    [1, '15,5'],
    [2, '16,25'],
    [3, '17'],
  ] as const) {
    await officer.goto(`/dashboard/targets/${id('targets', '2.1.12')}/update`);
    await officer.getByLabel('Kỳ báo cáo').selectOption({ label: periodLabel(month) });
    await officer.getByLabel('Số liệu đạt được (%)').fill(value);
    await officer.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(officer.getByTestId('done-message')).toBeVisible();
  }
  await officer.context().close();

  const chair = await (await browser.newContext({ storageState: storageStatePath('bithu') })).newPage();
  await chair.goto(`/approvals?subject=target:${id('targets', '2.1.12')}`);
  await expect(chair.getByTestId('queue-total')).toHaveText('3 báo cáo chờ duyệt');
  const waiting = readDb<{ id: number }>(
    "SELECT u.id FROM updates u JOIN targets t ON t.id = u.target_id WHERE t.code = '2.1.12' AND u.state = 'submitted' ORDER BY u.id",
  );
  for (const w of waiting) await chair.getByTestId(`queue-item-${w.id}`).getByRole('checkbox').check();
  // Publishing several figures at once asks first, and nothing is approved until confirmed.
  await chair.getByRole('button', { name: 'Duyệt các báo cáo đã chọn' }).click();
  await expect(chair.getByTestId('bulk-message')).toHaveText(
    'Sẽ duyệt và công bố 3 báo cáo đã chọn lên trang công khai. Bấm “Xác nhận duyệt 3 báo cáo” để thực hiện.',
  );
  expect(
    readDb<{ n: number }>(
      "SELECT count(*) AS n FROM updates u JOIN targets t ON t.id = u.target_id WHERE t.code = '2.1.12' AND u.state = 'approved'",
    )[0]!.n,
  ).toBe(0);
  await chair.getByRole('button', { name: 'Xác nhận duyệt 3 báo cáo' }).click();
  await expect(chair.getByTestId('bulk-message')).toHaveText('Đã duyệt 3 báo cáo.');
  await expect(chair.getByTestId('queue-empty')).toBeVisible();
  // What was approved, and for whom, stays above the queue after the cards have left it, and
  // through a reload.
  const banner = chair.getByTestId('decision-banner');
  await expect(banner).toContainText('Đã duyệt và công bố 3 báo cáo:');
  await expect(banner.getByRole('listitem')).toHaveCount(3);
  await expect(banner.getByRole('listitem').first()).toContainText('2.1.12');
  await expect(banner.getByRole('listitem').first()).toContainText('Ủy ban nhân dân phường');
  await chair.reload();
  await expect(chair.getByTestId('decision-banner')).toContainText('Đã duyệt và công bố 3 báo cáo:');
  const states = readDb<{ state: string; n: number }>(
    "SELECT u.state, count(*) AS n FROM updates u JOIN targets t ON t.id = u.target_id JOIN reporting_periods p ON p.id = u.period_id WHERE t.code = '2.1.12' AND p.code IN ('2023-M01', '2023-M02', '2023-M03') GROUP BY u.state",
  );
  expect(states).toEqual([{ state: 'approved', n: 3 }]);
  await chair.context().close();
});

test('an officer editing in two tabs: the stale tab is told, and keeps what was typed', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath('ubnd') });
  const first = await context.newPage();
  await first.goto(`/dashboard/tasks/${id('tasks', 'III.7.1')}/update`);
  await first.getByLabel('Kỳ báo cáo').selectOption({ label: periodLabel(4) });
  await first.getByLabel('Tình trạng').selectOption('on_track');
  await first.getByLabel('Tỷ lệ hoàn thành (%)').fill('30');
  await first.getByLabel('Kết quả đã thực hiện').fill('Rà soát thủ tục hành chính');
  await first.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(first.getByTestId('done-message')).toBeVisible();
  const url = first.url();

  const second = await context.newPage();
  await second.goto(url);
  await first.getByLabel('Tỷ lệ hoàn thành (%)').fill('35');
  await first.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(first.getByTestId('done-message')).toBeVisible();
  await expect(first.getByLabel('Tỷ lệ hoàn thành (%)')).toHaveValue('35');

  await second.getByLabel('Kết quả đã thực hiện').fill('Bản sửa ở tab thứ hai, không được mất');
  await second.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(second.getByTestId('form-message')).toContainText(
    'Báo cáo vừa được người khác thay đổi sau khi bạn mở trang.',
  );
  await expect(second.getByLabel('Kết quả đã thực hiện')).toHaveValue('Bản sửa ở tab thứ hai, không được mất');
  await expect(second.getByRole('link', { name: 'Mở bản mới nhất (tab mới)' })).toBeVisible();
  const [row] = readDb<{ progress: number; narrative: string; version: number }>(
    "SELECT u.progress, u.narrative, u.version FROM updates u JOIN tasks k ON k.id = u.task_id WHERE k.code = 'III.7.1' AND u.state = 'draft'",
  );
  expect(row).toEqual({ progress: 35, narrative: 'Rà soát thủ tục hành chính', version: 2 });
  await context.close();
});

test('the evidence upload refuses another site and an oversized file, storing nothing', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ storageState: storageStatePath('ubnd') });
  const [draft] = readDb<{ id: number }>(
    "SELECT u.id FROM updates u JOIN tasks k ON k.id = u.task_id WHERE k.code = 'III.7.1' AND u.state = 'draft'",
  );
  const url = `/api/evidence?update=${draft!.id}`;
  const file = (buffer: Buffer) => ({ file: { name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer } });
  const foreign = await context.request.post(url, {
    headers: { Origin: 'https://evil.example' },
    multipart: file(samplePdf),
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(403);
  const big = Buffer.alloc(10 * 1024 * 1024 + 100 * 1024);
  big.write('%PDF-1.4\n');
  const oversized = await context.request.post(url, {
    headers: { Origin: baseURL! },
    multipart: file(big),
    maxRedirects: 0,
  });
  expect(oversized.status()).toBe(303);
  expect(oversized.headers()['location']).toBe(`/dashboard/updates/${draft!.id}?evidence=too_large`);
  expect(readDb<{ n: number }>('SELECT count(*) AS n FROM evidence_files WHERE update_id = ?', draft!.id)).toEqual([
    { n: 0 },
  ]);
  const ok = await context.request.post(url, {
    headers: { Origin: baseURL! },
    multipart: file(samplePdf),
    maxRedirects: 0,
  });
  expect(ok.headers()['location']).toBe(`/dashboard/updates/${draft!.id}?evidence=added`);
  await context.close();
});

test('a double approval from two tabs: the second is told, nothing changes twice', async ({ browser }) => {
  const officer = await (await browser.newContext({ storageState: storageStatePath('mttq') })).newPage();
  await officer.goto(`/dashboard/targets/${id('targets', '2.1.06')}/update`);
  await officer.getByLabel('Kỳ báo cáo').selectOption({ label: periodLabel(5) });
  await officer.getByLabel('Số liệu đạt được (%)').fill('76,4');
  await officer.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(officer.getByTestId('done-message')).toBeVisible();
  await officer.context().close();
  const [update] = readDb<{ id: number }>(
    "SELECT u.id FROM updates u JOIN targets t ON t.id = u.target_id WHERE t.code = '2.1.06' AND u.state = 'submitted'",
  );

  const context = await browser.newContext({ storageState: storageStatePath('bithu') });
  const one = await context.newPage();
  const two = await context.newPage();
  for (const p of [one, two]) await p.goto(`/approvals?subject=target:${id('targets', '2.1.06')}`);
  await one.getByTestId(`queue-item-${update!.id}`).getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(one.getByTestId(`queue-item-${update!.id}`)).toHaveCount(0);
  await two.getByTestId(`queue-item-${update!.id}`).getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(two.getByTestId(`approve-message-${update!.id}`)).toHaveText(
    'Báo cáo này đã được duyệt trước đó. Không có gì thay đổi.',
  );
  const audit = readDb<{ n: number }>(
    "SELECT count(*) AS n FROM audit_log WHERE action = 'update.approve' AND entity_id = ?",
    update!.id,
  );
  expect(audit).toEqual([{ n: 1 }]);
  await context.close();
});

test('officers cannot open the queue or another organization’s update; the chair cannot write updates', async ({
  browser,
}) => {
  const officer = await browser.newContext({ storageState: storageStatePath('hoinongdan') });
  expect((await officer.request.get('/approvals')).status()).toBe(404);
  expect((await officer.request.get(`/dashboard/targets/${id('targets', '2.1.02')}/update`)).status()).toBe(404);
  const [ubndUpdate] = readDb<{ id: number }>(
    "SELECT u.id FROM updates u JOIN organizations o ON o.id = u.organization_id WHERE o.code = 'UBND' LIMIT 1",
  );
  expect((await officer.request.get(`/dashboard/updates/${ubndUpdate!.id}`)).status()).toBe(404);
  await officer.close();
  const chair = await browser.newContext({ storageState: storageStatePath('bithu') });
  expect((await chair.request.get(`/dashboard/targets/${id('targets', '2.1.02')}/update`)).status()).toBe(404);
  expect((await chair.request.get('/admin/periods')).status()).toBe(404);
  await chair.close();
});

test('the dashboard fits a 360 px phone; the chair’s dashboard shows every organization, on a phone too', async ({
  browser,
}) => {
  const context = await browser.newContext({
    storageState: storageStatePath('ubnd'),
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await page.goto('/dashboard');
  await expect(page.getByTestId('target-2.1.12')).toContainText('17 %');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
  const chair = await (await browser.newContext({ storageState: storageStatePath('bithu') })).newPage();
  await chair.goto('/dashboard');
  const overview = chair.getByTestId('chair-overview');
  await expect(overview.locator('tbody tr')).toHaveCount(9);
  await expect(overview.locator('thead')).toBeVisible();
  // On a phone each organization is a block of labelled numbers, nothing to scroll sideways.
  await chair.setViewportSize({ width: 360, height: 740 });
  await expect(overview.locator('thead')).toBeHidden();
  const ubnd = overview.getByTestId('overview-UBND');
  const box = (await ubnd.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(360);
  expect(await overview.evaluate((table) => table.scrollWidth - table.parentElement!.clientWidth)).toBeLessThanOrEqual(
    0,
  );
  const waiting = ubnd.locator('td').nth(1);
  expect(await waiting.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Chờ duyệt"');
  expect(await chair.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(chair, 'the chair’s dashboard at 360 px');
  await chair.context().close();
});

test('the administrator moves a due date; a date before the period ends is refused', async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath('admin') })).newPage();
  await page.goto('/admin/periods');
  // Reached like every admin section: from the admin menu, the current one marked.
  await expect(
    page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Kỳ báo cáo, hạn nộp' }),
  ).toHaveAttribute('aria-current', 'page');
  const form = page.getByTestId('due-form-2023-M10');
  await form.getByLabel('Hạn nộp Tháng 10/2023').fill('2023-10-30');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form.locator('p[aria-live]')).toHaveText('Hạn nộp không được trước ngày kết thúc kỳ.');
  await form.getByLabel('Hạn nộp Tháng 10/2023').fill('2023-11-07');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form.locator('p[aria-live]')).toHaveText('Đã đổi hạn nộp Tháng 10/2023.');
  expect(readDb<{ due_on: string }>("SELECT due_on FROM reporting_periods WHERE code = '2023-M10'")).toEqual([
    { due_on: '2023-11-07' },
  ]);
  await page.context().close();
});
