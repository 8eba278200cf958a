import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';
import { readDb } from './fixtures/approved-figures';
import { targetCard } from './fixtures/summary-page';
import { makeLead, samplePdf } from './fixtures/workflow-setup';

// The whole loop in a browser: the Farmers' Association updates a target and a task, the chair
// returns one with a reason, the officer corrects and resubmits, the chair approves, and the new
// figure reaches the public summary — never while it was returned.
// Figures of this spec: target 2.1.13 (made HND's, value 84,75 %), task III.8.1 (HND coordinates).
test.describe.configure({ mode: 'serial' });

const targetCode = '2.1.13';
const subjectId = (table: 'targets' | 'tasks', code: string) =>
  readDb<{ id: number }>(`SELECT id FROM ${table} WHERE code = ?`, code)[0]!.id;
const officialFigure = async (page: Page) => {
  const summary = await (await page.request.get('/api/public/summary')).json();
  return summary.targets.find((t: { code: string }) => t.code === targetCode).latest;
};

test.beforeAll(() => makeLead(targetCode, 'HND'));

test.describe('the officer updates', () => {
  test.use({ storageState: storageStatePath('hoinongdan') });

  test('a target: submitted with a decimal comma, shown as waiting', async ({ page }) => {
    await page.goto('/dashboard');
    const card = page.getByTestId(`target-${targetCode}`);
    await expect(card).toContainText('Chủ trì');
    await card.getByRole('link', { name: 'Lịch sử, báo cáo' }).click();
    await page.getByRole('link', { name: 'Lập báo cáo mới' }).click();
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Quý III/2023 (hạn 05/10/2023)' });
    await page.getByLabel('Số liệu đạt được (%)').fill('184,25');
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    // A rate stays within 0–100: refused next to the field, nothing lost.
    await expect(page.locator('#value-error')).toHaveText('Số liệu không được lớn hơn 100.');
    await expect(page.getByLabel('Số liệu đạt được (%)')).toHaveValue('184,25');
    await page.getByLabel('Số liệu đạt được (%)').fill('84,25');
    await page.getByLabel('Ghi chú, nguồn số liệu').fill('Tổng hợp từ các chi hội');
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.getByTestId('done-message')).toHaveText('Đã gửi báo cáo cho Thường trực Đảng ủy.');
    await expect(page.getByTestId('update-summary')).toContainText('84,25 %');
    await expect(page.locator('[data-state="submitted"]')).toBeVisible();
    // Submitted: the author cannot edit it any more.
    await expect(page.getByTestId('update-form')).toHaveCount(0);
    expect(await officialFigure(page)).toBeNull();
  });

  test('a task as a coordinating organization, with an evidence file checked by content', async ({ page }) => {
    await page.goto(`/dashboard/tasks/${subjectId('tasks', 'III.8.1')}/update`);
    await expect(page.getByText('Phối hợp', { exact: true })).toBeVisible();
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Quý III/2023 (hạn 05/10/2023)' });
    await page.getByLabel('Tình trạng').selectOption('on_track');
    await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('70');
    await page
      .getByLabel('Kết quả đã thực hiện')
      .fill('Đã tổ chức 6/8 đại hội chi hội, chuẩn bị Đại hội Hội Nông dân phường.');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page.getByTestId('done-message')).toHaveText('Đã lưu bản nháp.');

    // An HTML page named .pdf is refused; a real PDF is attached.
    await page.getByLabel('Chọn tệp').setInputFiles({
      name: 'bien-ban.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html><script>alert(1)</script>'),
    });
    await page.getByRole('button', { name: 'Tải tệp lên' }).click();
    await expect(page.getByTestId('evidence-message')).toContainText('Chỉ nhận PDF, ảnh hoặc tài liệu văn phòng');
    await page
      .getByLabel('Chọn tệp')
      .setInputFiles({ name: 'Biên bản đại hội.pdf', mimeType: 'application/pdf', buffer: samplePdf });
    await page.getByRole('button', { name: 'Tải tệp lên' }).click();
    await expect(page.getByTestId('evidence-message')).toHaveText('Đã đính kèm tệp.');
    const link = page.getByTestId('evidence-list').getByRole('link', { name: 'Biên bản đại hội.pdf' });
    const download = await page.request.get((await link.getAttribute('href'))!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toContain('attachment');
    expect(Buffer.from(await download.body()).equals(samplePdf)).toBe(true);

    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.getByTestId('done-message')).toHaveText('Đã gửi báo cáo cho Thường trực Đảng ủy.');
  });

  test('another organization cannot open the evidence', async ({ browser }) => {
    const [file] = readDb<{ id: number }>("SELECT id FROM evidence_files WHERE file_name = 'Biên bản đại hội.pdf'");
    const other = await browser.newContext({ storageState: storageStatePath('hoiphunu') });
    expect((await other.request.get(`/api/evidence/${file!.id}`)).status()).toBe(404);
    await other.close();
  });
});

test.describe('the chair returns, the officer corrects, the chair approves', () => {
  test('bithu returns the target update; a reason is required', async ({ browser }) => {
    const chair = await (await browser.newContext({ storageState: storageStatePath('bithu') })).newPage();
    await chair.goto('/approvals');
    await chair.getByLabel('Đơn vị').selectOption({ label: 'Hội Nông dân (2)' });
    await chair.getByRole('button', { name: 'Lọc' }).click();
    await expect(chair.getByTestId('queue-total')).toHaveText('2 báo cáo chờ duyệt');
    const [update] = readDb<{ id: number }>(
      "SELECT u.id FROM updates u JOIN targets t ON t.id = u.target_id WHERE t.code = ? AND u.state = 'submitted'",
      targetCode,
    );
    const item = chair.getByTestId(`queue-item-${update!.id}`);
    await expect(item.getByTestId('queue-figure')).toHaveText('84,25 %');
    await expect(item).toContainText('Chưa có báo cáo nào của đơn vị được duyệt trước đây.');
    await item.getByText('Trả lại…').click();
    await item.getByRole('button', { name: 'Trả lại báo cáo' }).click();
    await expect(item.locator(`#reason-${update!.id}-error`)).toHaveText(
      'Vui lòng ghi lý do trả lại (tối đa 2.000 ký tự).',
    );
    expect(readDb<{ state: string }>('SELECT state FROM updates WHERE id = ?', update!.id)[0]!.state).toBe('submitted');
    await item
      .getByLabel('Lý do trả lại (bắt buộc)')
      .fill('Cần ghi rõ số hộ đăng ký và tổng số hộ của từng tổ dân phố.');
    await item.getByRole('button', { name: 'Trả lại báo cáo' }).click();
    await expect(chair.getByTestId(`queue-item-${update!.id}`)).toHaveCount(0);
    await expect(chair.getByTestId('queue-total')).toHaveText('1 báo cáo chờ duyệt');
    // Returned: never public.
    expect(await officialFigure(chair)).toBeNull();
    await chair.context().close();
  });

  test('hoinongdan sees the reason, corrects and resubmits', async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: storageStatePath('hoinongdan') })).newPage();
    await page.goto('/dashboard');
    await expect(page.getByTestId('notice-badge')).toBeVisible();
    await expect(page.getByTestId('notice-returned')).toHaveText(/1 báo cáo bị trả lại cần sửa/);
    const open = page.getByTestId('open-updates').locator('li', { hasText: 'Bị trả lại' });
    await expect(open).toContainText('Cần ghi rõ số hộ đăng ký và tổng số hộ của từng tổ dân phố.');
    await open.getByRole('link', { name: 'Mở' }).click();
    await expect(page.getByTestId('return-reason')).toContainText('Cần ghi rõ số hộ đăng ký');
    await expect(page.getByLabel('Số liệu đạt được (%)')).toHaveValue('84,25');
    await page.getByLabel('Số liệu đạt được (%)').fill('84,75');
    await page.getByLabel('Ghi chú, nguồn số liệu').fill('1.017/1.200 hộ đăng ký (tổng hợp 12 tổ dân phố)');
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.getByTestId('done-message')).toHaveText('Đã gửi báo cáo cho Thường trực Đảng ủy.');
    await page.context().close();
  });

  test('bithu approves the target and bulk-approves the task; the public summary shows the figure', async ({
    browser,
  }) => {
    const chair = await (await browser.newContext({ storageState: storageStatePath('bithu') })).newPage();
    await chair.goto('/approvals');
    await expect(chair.getByTestId('notice-badge')).toBeVisible();
    const [update] = readDb<{ id: number }>(
      "SELECT u.id FROM updates u JOIN targets t ON t.id = u.target_id WHERE t.code = ? AND u.state = 'submitted'",
      targetCode,
    );
    const [task] = readDb<{ id: number }>(
      "SELECT u.id FROM updates u JOIN tasks k ON k.id = u.task_id WHERE k.code = 'III.8.1' AND u.state = 'submitted'",
    );
    const item = chair.getByTestId(`queue-item-${update!.id}`);
    await expect(item).toContainText('Lần trước bị trả lại vì');
    // What changed since the chair returned it, beside the comparison with the last approved figure.
    await expect(item.getByTestId('since-returned')).toHaveText('So với bản bị trả lại: 84,25 % → 84,75 %');
    await item.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect(chair.getByTestId(`queue-item-${update!.id}`)).toHaveCount(0);
    // The card is gone; what was approved, and for whom, stays.
    const banner = chair.getByTestId('decision-banner');
    await expect(banner).toContainText('Đã duyệt và công bố báo cáo:');
    await expect(banner).toContainText(targetCode);
    await expect(banner.getByRole('link', { name: 'Mở báo cáo' })).toHaveAttribute(
      'href',
      `/dashboard/updates/${update!.id}`,
    );

    const started = Date.now();
    await expect.poll(async () => (await officialFigure(chair))?.value, { timeout: 5000 }).toBe(84.75);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await officialFigure(chair)).toMatchObject({ value: 84.75, period: '2023-Q3' });
    await chair.goto('/');
    await expect(targetCard(chair, targetCode)).toContainText('84,75');

    await chair.goto('/approvals');
    await chair.getByTestId(`queue-item-${task!.id}`).getByRole('checkbox').check();
    await chair.getByRole('button', { name: 'Duyệt các báo cáo đã chọn' }).click();
    await chair.getByRole('button', { name: 'Xác nhận duyệt 1 báo cáo' }).click();
    await expect(chair.getByTestId('bulk-message')).toHaveText('Đã duyệt 1 báo cáo.');
    await expect(chair.getByTestId(`queue-item-${task!.id}`)).toHaveCount(0);
    await chair.context().close();
  });

  test('the history names who reported and who approved each figure', async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: storageStatePath('hoinongdan') })).newPage();
    await page.goto(`/dashboard/targets/${subjectId('targets', targetCode)}`);
    const entry = page.getByTestId('history').locator('li').first();
    await expect(entry).toContainText('Quý III/2023');
    await expect(entry).toContainText('84,75 %');
    await expect(entry).toContainText('Cán bộ Hội Nông dân');
    await expect(entry).toContainText('Bí thư Đảng ủy phường');
    const audit = readDb<{ action: string }>(
      `SELECT a.action FROM audit_log a JOIN updates u ON u.id = a.entity_id AND a.entity_type = 'update'
        JOIN targets t ON t.id = u.target_id WHERE t.code = ? ORDER BY a.id`,
      targetCode,
    ).map((a) => a.action);
    expect(audit).toEqual(['update.submit', 'update.return', 'update.submit', 'update.approve']);
    await page.context().close();
  });
});
