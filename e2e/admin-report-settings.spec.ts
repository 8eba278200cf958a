import JSZip from 'jszip';
import { request as playwrightRequest, type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { e2eBaseURL } from './fixtures/worker';
import { storageStatePath, type Account } from './fixtures/accounts';
import { captureAction, isActionRequest, replayAction, rewriteAction } from './fixtures/action-replay';
import { readDb, reopenYear } from './fixtures/approved-figures';
import { runId } from './fixtures/auth-flows';

// The administrator's letterhead screen. The values are unique to this spec, and the lines are put
// back to what they were at the end, so other specs see the report as before.
const issuer = `ĐẢNG ỦY PHƯỜNG THỬ TIÊU ĐỀ ${runId.toUpperCase()}`;
const superior = `ĐẢNG BỘ THỊ XÃ THỬ ${runId.toUpperCase()}`;
const place = `Phường Thử ${runId}`;
const defaults = { superior: '', issuer: 'ĐẢNG ỦY PHƯỜNG', place: '' };

type Line = 'superior' | 'issuer' | 'place';
const label: Record<Line, string> = {
  superior: 'Đảng bộ cấp trên (dòng 1, bên trái)',
  issuer: 'Cơ quan ban hành (dòng 2, bên trái)',
  place: 'Địa danh (trước ngày tháng)',
};
const stored = () =>
  Object.fromEntries(
    readDb<{ key: string; value: string }>("SELECT key, value FROM settings WHERE key LIKE 'report_%'").map((r) => [
      r.key,
      r.value,
    ]),
  );
const auditCount = () =>
  readDb<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'report_settings.letterhead'")[0]!.n;

async function pageAs(browser: Browser, account: Account): Promise<Page> {
  return (await browser.newContext({ storageState: storageStatePath(account) })).newPage();
}

async function fillAndSave(page: Page, values: Record<Line, string>) {
  const form = page.getByTestId('letterhead-form');
  for (const line of ['superior', 'issuer', 'place'] as const) await form.getByLabel(label[line]).fill(values[line]);
  await form.getByRole('button', { name: 'Lưu tiêu đề' }).click();
}

// What the report showed before this spec: the stored lines, or the defaults.
let original: Record<Line, string> = defaults;

// The year-end report is checked unpublished below: the year must be open (other specs close it).
test.beforeAll(async ({ baseURL }) => {
  await reopenYear(baseURL!);
});

test.afterAll(async ({ browser }) => {
  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin/report-settings');
  await fillAndSave(admin, original);
  await expect(admin.getByTestId('letterhead-message')).toContainText(/Đã lưu|Không có gì thay đổi/);
  await admin.context().close();
});

test('the administrator sets the letterhead; the printable report and its Word file show it', async ({ browser }) => {
  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin');
  await admin.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Tiêu đề báo cáo' }).click();
  await expect(admin).toHaveURL(/\/admin\/report-settings$/);
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Tiêu đề báo cáo định kỳ');

  // The form shows what the report prints now: the stored lines, else the defaults (and says so).
  const rows = stored();
  original = {
    superior: rows.report_superior?.trim() || defaults.superior,
    issuer: rows.report_issuer?.trim() || defaults.issuer,
    place: rows.report_place?.trim() || defaults.place,
  };
  const form = admin.getByTestId('letterhead-form');
  for (const line of ['superior', 'issuer', 'place'] as const)
    await expect(form.getByLabel(label[line])).toHaveValue(original[line]);
  if (!rows.report_issuer)
    await expect(form.getByText('Viết hoa, ví dụ: ĐẢNG ỦY PHƯỜNG AN BÌNH. Đang dùng giá trị mặc định.')).toBeVisible();

  // A required line left empty: refused beside the field, nothing written.
  const audits = auditCount();
  const [refusedRequest] = await Promise.all([
    admin.waitForRequest(isActionRequest),
    fillAndSave(admin, { superior, issuer: '   ', place }),
  ]);
  await expect(admin.getByTestId('issuer-error')).toHaveText('Nhập tên cơ quan ban hành.');
  await expect(form.getByLabel(label.issuer)).toHaveAttribute('aria-invalid', 'true');
  await expect(admin.getByTestId('letterhead-message')).toHaveText('⚠ Vui lòng kiểm tra lại các ô được đánh dấu.');
  await expect(form.getByLabel(label.superior)).toHaveValue(superior);
  expect(stored()).toEqual(rows);
  expect(auditCount()).toBe(audits);

  // The same request with a valid issuer, replayed by an officer and by the chair: refused, nothing written.
  const replayed = await rewriteAction(await captureAction(refusedRequest), { issuer: 'ĐẢNG ỦY PHƯỜNG CỦA KẺ GIẢ' });
  for (const account of ['hdnd', 'bithu'] as const) {
    const api = await playwrightRequest.newContext({ baseURL: e2eBaseURL(), storageState: storageStatePath(account) });
    expect((await replayAction(api, replayed)).status(), account).toBe(404);
    await api.dispose();
  }
  expect(stored()).toEqual(rows);

  // The public year-end report appears only once the chair has closed the year (chốt số liệu):
  // until then the citizen is told so (e2e/years-rhythm.spec.ts closes a year and downloads it).
  const notYet = await admin.request.get('/api/public/report/year');
  expect(notYet.status()).toBe(404);
  expect((await notYet.json()).error).toBe(
    'Báo cáo kết quả năm được công bố sau khi Thường trực Đảng ủy chốt số liệu cuối năm.',
  );
  await fillAndSave(admin, { superior: ` ${superior} `, issuer, place });
  await expect(admin.getByTestId('letterhead-message')).toHaveText(
    '✓ Đã lưu tiêu đề báo cáo. Báo cáo xuất từ bây giờ dùng tiêu đề mới.',
  );
  expect(stored()).toEqual({ report_superior: superior, report_issuer: issuer, report_place: place });
  expect(auditCount()).toBe(audits + 1);
  await admin.reload();
  await expect(form.getByLabel(label.issuer)).toHaveValue(issuer);
  await expect(form.getByText('Đang dùng giá trị mặc định.')).toHaveCount(0);
  await admin.context().close();

  // The chair's report form starts from the stored lines; the printable page prints them.
  const chair = await pageAs(browser, 'bithu');
  await chair.goto('/reports');
  await expect(chair.getByLabel(label.issuer)).toHaveValue(issuer);
  await expect(chair.getByLabel(label.place)).toHaveValue(place);
  await chair.goto('/reports/print?period=H1');
  const report = chair.getByTestId('report-document');
  await expect(report).toContainText(superior);
  await expect(report).toContainText(issuer);
  await expect(report).toContainText(new RegExp(`${place}, ngày \\d{2} tháng \\d{2} năm \\d{4}`));

  // The chair's Word files, the six-month and the year-end one, carry them too.
  for (const path of ['/api/reports/docx?period=H1', '/api/reports/docx?period=Y']) {
    const response = await chair.request.get(path);
    expect(response.status(), path).toBe(200);
    const zip = await JSZip.loadAsync(await response.body());
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/\u00a0/g, ' ');
    for (const text of [superior, issuer, `${place}, ngày`]) expect(xml, `${path} ${text}`).toContain(text);
  }
  await chair.context().close();
});

test('officers and the chair have no letterhead screen', async ({ browser }) => {
  for (const account of ['hdnd', 'bithu'] as const) {
    const page = await pageAs(browser, account);
    const response = await page.goto('/admin/report-settings');
    expect(response!.status(), account).toBe(404);
    await expect(page.getByTestId('letterhead-form')).toHaveCount(0);
    await page.context().close();
  }
});
