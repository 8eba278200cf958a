import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';
import { readDb } from './fixtures/approved-figures';
import { samplePdf } from './fixtures/workflow-setup';

// An evidence file is downloaded under a name that says what it is: the stem the officer gave
// (bidi and control characters removed), the extension of its sniffed type. A PDF named `.hta`
// or disguised with a right-to-left override is served as `.pdf`, and the download keeps its own
// `sandbox` Content-Security-Policy against the server's global one.
test.use({ storageState: storageStatePath('hoiphunu') });

test('a dangerous evidence name is served by its sniffed type, sandboxed', async ({ page }) => {
  const [task] = readDb<{ id: number }>(
    `SELECT a.task_id AS id FROM assignments a JOIN organizations o ON o.id = a.organization_id
     WHERE o.code = 'HPN' AND a.task_id IS NOT NULL ORDER BY a.task_id LIMIT 1`,
  );
  await page.goto(`/dashboard/tasks/${task!.id}/update`);
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Quý IV/2023 (hạn 05/01/2024)' });
  await page.getByLabel('Tình trạng').selectOption('on_track');
  await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('50');
  await page.getByLabel('Kết quả đã thực hiện').fill('Tuyên truyền tại 12 chi hội.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByTestId('done-message')).toHaveText('Đã lưu bản nháp.');

  const names = ['bao-cao.hta', 'Biên bản \u202Efdp.hta', 'ảnh\u0007\u200F.exe'];
  const expected = ['bao-cao.pdf', 'Biên bản fdp.pdf', 'ảnh.pdf'];
  for (const name of names) {
    await page.getByLabel('Chọn tệp').setInputFiles({ name, mimeType: 'application/pdf', buffer: samplePdf });
    await page.getByRole('button', { name: 'Tải tệp lên' }).click();
    await expect(page.getByTestId('evidence-message')).toHaveText('Đã đính kèm tệp.');
  }
  const list = page.getByTestId('evidence-list');
  for (const name of expected) {
    const link = list.getByRole('link', { name, exact: true });
    await expect(link).toBeVisible();
    const download = await page.request.get((await link.getAttribute('href'))!);
    expect(download.status()).toBe(200);
    const headers = download.headers();
    const disposition = headers['content-disposition']!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)![1]!;
    expect(decodeURIComponent(encoded)).toBe(name);
    expect(disposition).not.toMatch(/\.hta|\.exe|%E2%80%AE|%E2%80%8F/i);
    expect(headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  }
});
