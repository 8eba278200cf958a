import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { type APIResponse } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';
import { approveFigures, reopenYear, revalidatePublic } from './fixtures/approved-figures';
import { e2eDatabase } from './fixtures/worker';
import Database from 'better-sqlite3';

// This spec's own figures: target 2.1.07 (a ceiling) for three quarters, task III.4.1. It starts
// from an open year (another spec may have closed it) and opens the year again at the end.
test.beforeAll(async ({ baseURL }) => {
  await reopenYear(baseURL!);
  await approveFigures(baseURL!, [
    { kind: 'target', subjectCode: '2.1.07', period: '2023-Q1', value: 0.95 },
    { kind: 'target', subjectCode: '2.1.07', period: '2023-Q2', value: 0.98 },
    { kind: 'target', subjectCode: '2.1.07', period: '2023-Q3', value: 1.12 },
    {
      kind: 'task',
      subjectCode: 'III.4.1',
      period: '2023-Q2',
      taskStatus: 'at_risk',
      progress: 40,
      narrative: 'Diễn tập khu vực phòng thủ dời sang quý III.',
    },
  ]);
});

test.afterAll(async ({ baseURL }) => {
  await reopenYear(baseURL!);
});

/** The chair's cut-off of the year, written as the close would write it (the close itself: e2e/workflow-cutoff). */
function closeYear(): void {
  const sqlite = new Database(e2eDatabase());
  try {
    sqlite
      .prepare(`UPDATE reporting_periods SET closed_at = ? WHERE code = '2023-Y' AND closed_at IS NULL`)
      .run(Date.now());
  } finally {
    sqlite.close();
  }
}

async function documentXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  // Word splits nothing we assert on: each figure is one run of text.
  return (await zip.file('word/document.xml')!.async('string')).replace(/\u00a0/g, ' ');
}

test.describe('the chair', () => {
  test.use({ storageState: storageStatePath('bithu') });

  test('views the half-year report and downloads it as DOCX with the period’s figures', async ({ page }) => {
    await page.goto('/reports');
    await page.getByLabel('Kỳ báo cáo').selectOption('H1');
    await page.getByLabel('Đảng bộ cấp trên (dòng 1, bên trái)').fill('ĐẢNG BỘ THỊ XÃ AN KHÊ');
    await page.getByLabel('Cơ quan ban hành (dòng 2, bên trái)').fill('ĐẢNG ỦY PHƯỜNG AN BÌNH');
    await page.getByLabel('Địa danh (trước ngày tháng)').fill('An Bình');
    await page.getByTestId('report-view').click();
    await expect(page).toHaveURL(/\/reports\/print\?period=H1/);
    const report = page.getByTestId('report-document');
    await expect(report).toContainText('ĐẢNG CỘNG SẢN VIỆT NAM');
    await expect(report).toContainText('ĐẢNG ỦY PHƯỜNG AN BÌNH');
    await expect(report).toContainText('6 tháng đầu năm 2023');
    const row = page.getByTestId('report-targets').locator('tr', { hasText: 'Tỷ lệ tăng dân số tự nhiên' });
    await expect(row).toContainText('0,98 % (chính thức, Quý II/2023)');
    // A ceiling: 1,05 ÷ 0,98 of the plan; during the year only the pace is judged.
    await expect(row).toContainText('107,1 % kế hoạch');
    await expect(row).toContainText('Đạt tiến độ');
    await expect(page.getByTestId('report-cutoff')).toContainText('Số liệu chốt ngày 14/06/2023');
    await expect(page.getByTestId('report-summary-line')).toHaveText(/^\d+\/19 chỉ tiêu đạt và vượt$/);
    await expect(report).not.toContainText('1,12 % (Quý III');
    await expect(report).toContainText('Diễn tập khu vực phòng thủ dời sang quý III.');
    await expect(report).toContainText('Nơi nhận:');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-docx-link').click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-2023-H1.docx');
    const xml = await documentXml(await readFile((await download.path())!));
    for (const text of [
      'ĐẢNG BỘ THỊ XÃ AN KHÊ',
      'ĐẢNG ỦY PHƯỜNG AN BÌNH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'BÁO CÁO',
      '6 tháng đầu năm 2023',
      'Tỷ lệ tăng dân số tự nhiên',
      '0,98 % (chính thức, Quý II/2023)',
      '≤ 1,05 %',
      'có nguy cơ chậm, tiến độ 40 %',
      'III. TỒN TẠI, HẠN CHẾ',
      'Nơi nhận:',
      'Thường trực Thị ủy,',
      'T/M ĐẢNG ỦY',
      'Nguyễn Thị Ngọc',
      '-BC/ĐU',
    ]) {
      expect(xml, text).toContain(text);
    }
    expect(xml).toMatch(/An Bình, ngày \d{2} tháng \d{2} năm \d{4}/);
    expect(xml).not.toContain('1,12 % (chính thức, Quý III');
  });

  test('the chair’s year-end report is the formal one: number line and signature, no public mark', async ({
    request,
  }) => {
    const response = await request.get('/api/reports/docx?period=Y');
    expect(response.status()).toBe(200);
    const xml = await documentXml(await response.body());
    expect(xml).toContain('-BC/ĐU');
    expect(xml).toContain('T/M ĐẢNG ỦY');
    expect(xml).not.toContain('BẢN TỔNG HỢP TỰ ĐỘNG');
  });

  test('the first-quarter report holds the first quarter’s figure', async ({ request }) => {
    const response = await request.get('/api/reports/docx?period=Q1');
    expect(response.status()).toBe(200);
    const xml = await documentXml(await response.body());
    expect(xml).toContain('0,95 % (chính thức, Quý I/2023)');
    expect(xml).toContain('quý I năm 2023');
    expect(xml).not.toContain('0,98 % (chính thức, Quý II');
  });

  test('an unknown period is refused', async ({ request }) => {
    expect((await request.get('/api/reports/docx?period=Q5')).status()).toBe(400);
  });
});

test.describe('anyone else', () => {
  test('an officer may not read a period report and does not see the chair’s report pages', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ storageState: storageStatePath('ubnd'), baseURL });
    expect((await context.request.get('/api/reports/docx?period=H1')).status()).toBe(403);
    const page = await context.newPage();
    const response = await page.goto('/reports');
    expect(response?.status()).toBe(404);
    await context.close();
  });

  test('the public may download only the year-end report, from a link on /, once the year is closed', async ({
    page,
    request,
    baseURL,
  }) => {
    expect((await request.get('/api/reports/docx?period=Q2')).status()).toBe(401);
    // Before the chair closes the year there is no public year-end report.
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Báo cáo kết quả năm 2023 (Word)' })).toHaveCount(0);
    expect((await request.get('/api/public/report/year')).status()).toBe(404);
    closeYear();
    await revalidatePublic(baseURL!);
    await page.goto('/');
    const link = page.getByRole('link', { name: 'Báo cáo kết quả năm 2023 (Word)' });
    await expect(link).toHaveAttribute('href', '/api/public/report/year');
    const response: APIResponse = await request.get('/api/public/report/year');
    expect(response.headers()['content-type']).toContain('wordprocessingml');
    const xml = await documentXml(await response.body());
    expect(xml).toContain('Kết quả thực hiện Nghị quyết về chỉ tiêu, nhiệm vụ năm 2023');
    expect(xml).toContain('1,12 % (chính thức, Quý III/2023)');
    expect(xml).toMatch(/\d+\/19 chỉ tiêu đạt và vượt/);
    expect(xml).not.toContain('Lưu ý nội bộ');
    // An automatic summary, not an issued and signed document.
    expect(xml).toContain('BẢN TỔNG HỢP TỰ ĐỘNG – KHÔNG PHẢI VĂN BẢN BAN HÀNH');
    expect(xml).toContain('không có số văn bản, không có chữ ký');
    expect(xml).not.toContain('-BC/ĐU');
    expect(xml).not.toContain('T/M ĐẢNG ỦY');
    expect(xml).not.toContain('Nơi nhận:');
  });
});
