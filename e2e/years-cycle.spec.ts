import { expect, test } from './fixtures/test';
import { readFileSync } from 'node:fs';
import { resolutionDocx } from '../test/fixtures/resolution-docx';
import { storageStatePath } from './fixtures/accounts';
import { readDb } from './fixtures/approved-figures';

// The yearly cycle as its users meet it: the office refuses bad uploads, imports the 2024
// resolution from Word, fixes a warned line, links targets and publishes; an officer then sees
// only 2024's work; a citizen switches between the two years and opens a target's chain.
// Runs last (it makes 2024 the current year) and undoes the publication at the end.
test.describe.configure({ mode: 'serial' });

const drafts = () => readDb<{ n: number }>('SELECT count(*) AS n FROM resolution_drafts')[0]!.n;
const text2024 = readFileSync('test/fixtures/resolution-2024.txt', 'utf8');

test.describe('the office', () => {
  test.use({ storageState: storageStatePath('admin') });

  test('bad uploads: a clear message each, nothing written', async ({ page }) => {
    await page.goto('/admin/resolutions');
    const message = page.getByTestId('import-message');
    const upload = async (name: string, mimeType: string, buffer: Buffer) => {
      await page.getByLabel('Tệp nghị quyết').setInputFiles({ name, mimeType, buffer });
      await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    };
    await upload('nghi-quyet.docx', 'application/octet-stream', Buffer.alloc(0));
    await expect(message).toContainText('trống');
    await upload(
      'nghi-quyet.docx',
      'application/octet-stream',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]),
    );
    await expect(message).toContainText('không phải là tệp Word (.docx): đây là một ảnh JPEG');
    await upload('nghi-quyet.txt', 'text/plain', Buffer.alloc(6 * 1024 * 1024, 0x61));
    await expect(message).toContainText('Tệp quá lớn');
    await page.getByLabel('Tệp nghị quyết').setInputFiles([]);
    await page.getByLabel('Hoặc dán nội dung nghị quyết').fill('Danh sách đi chợ:\n- 2 kg gạo\n- 1 bó rau');
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    await expect(message).toContainText('không phải là một nghị quyết');
    expect(drafts()).toBe(0);
  });

  test('imports the Word file, fixes a warned line, links targets and publishes', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto('/admin/resolutions');
    await page.getByLabel('Tệp nghị quyết').setInputFiles({
      name: 'nghi-quyet-2024.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await resolutionDocx(text2024),
    });
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem lại nghị quyết năm 2024', {
      timeout: 60_000,
    });
    await expect(page.getByTestId('publish-left').first()).toContainText('Chưa công bố được');

    // The poor-household target, beside its line, with the figure conflict: corrected and saved.
    const poor = page.getByTestId('draft-target-2.1.09');
    await expect(poor.getByTestId('source-line')).toContainText('Tỷ lệ hộ nghèo: 0,95%');
    await expect(poor.locator('[data-testid="draft-warning"][data-status="open"]').first()).toBeVisible();
    await poor.getByLabel('Giá trị').fill('0,95');
    await poor.getByLabel('Chiều đánh giá').selectOption('max');
    await poor.getByTestId('target-form').getByRole('button', { name: 'Lưu' }).click();
    await expect(poor.locator('[data-testid="draft-warning"][data-status="open"]')).toHaveCount(0);

    // A field error is shown next to the field, in Vietnamese.
    const income = page.getByTestId('draft-target-2.1.03');
    await income.getByLabel('Giá trị').fill('sáu mươi');
    await income.getByTestId('target-form').getByRole('button', { name: 'Lưu' }).click();
    await expect(income.locator('[id$="-targetValue-error"]')).toHaveText(
      'Vui lòng nhập một số (dùng dấu phẩy thập phân, ví dụ 89,61).',
    );
    // The new income target: no default owner, so the People's Committee is named; no link to 2023.
    await income.getByLabel('Giá trị').fill('62');
    await income.getByLabel('Cơ quan chủ trì').selectOption('UBND');
    await income.getByTestId('target-form').getByRole('button', { name: 'Lưu' }).click();
    await expect(income.getByTestId('target-form-message')).toContainText('Đã lưu');
    await income.getByTestId('link-form').getByRole('button', { name: 'Xác nhận liên kết' }).click();
    await expect(income.getByTestId('link-state')).toHaveText('Chỉ tiêu mới');

    // The cultural families target is proposed its 2023 counterpart.
    await expect(page.getByTestId('draft-target-2.1.06').getByTestId('link-box')).toContainText(
      '2.1.05 Tỷ lệ gia đình văn hóa',
    );
    await page.getByTestId('confirm-links-form').getByRole('button').click();
    await expect(page.getByTestId('draft-target-2.1.06').getByTestId('link-state')).toHaveText('Đã xác nhận');

    // Every remaining warning acknowledged, kind by kind, until the publish button appears.
    const panel = page.getByTestId('publish-panel').first();
    const kinds = panel.locator('[data-testid^="ack-kind-"]');
    await expect(async () => {
      if ((await kinds.count()) > 0) await kinds.first().getByRole('button').click({ timeout: 2_000 });
      await expect(kinds).toHaveCount(0, { timeout: 3_000 });
    }).toPass({ timeout: 120_000 });
    await panel.getByRole('button', { name: 'Công bố nghị quyết năm 2024' }).click();
    // Publishing writes the whole new year and renews the public data: more than a click’s time.
    await expect(page).toHaveURL(/\/admin\/resolutions\?published=/, { timeout: 30_000 });
    await expect(page.getByTestId('year-2024')).toContainText('Đang theo dõi');
    await expect(page.getByTestId('year-2023')).toContainText('Lưu trữ');
    expect(readDb<{ year: number }>("SELECT year FROM resolutions WHERE state = 'current'")).toEqual([{ year: 2024 }]);
  });
});

test.describe('an officer after publishing', () => {
  test.use({ storageState: storageStatePath('ubnd') });

  test('sees only the new year’s items on the dashboard', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page.getByText('Thu nhập bình quân đầu người').first()).toBeVisible();
    // 2023's waste-collection target is not in 2024's resolution: gone from the dashboard.
    await expect(page.getByText('đồ rác thải')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('/2023');
  });
});

test.describe('a citizen', () => {
  test('switches between the two years and opens a linked target across years', async ({ page }) => {
    await page.goto('/');
    const switcher = page.getByTestId('year-switcher');
    await expect(switcher.getByRole('link', { name: /2024/ })).toHaveAttribute('aria-current', 'page');
    await switcher.getByRole('link', { name: /2023/ }).click();
    await expect(page).toHaveURL(/\/nam\/2023$/);
    await expect(page.getByTestId('archived-notice')).toContainText('năm 2023 đã được lưu trữ');
    await expect(page.getByText('Tỷ lệ hộ dân đăng ký tham gia đồ rác thải').first()).toBeVisible();
    const openData = await (await page.request.get('/api/public/summary?year=2023')).json();
    expect(openData.resolution.year).toBe(2023);
    expect((await page.request.get('/api/public/summary?year=2019')).status()).toBe(404);
    await page.getByTestId('year-switcher').getByRole('link', { name: /2024/ }).click();
    await expect(page.getByTestId('archived-notice')).toHaveCount(0);
    await page.getByRole('link', { name: 'Tỷ lệ gia đình văn hóa' }).first().click();
    const chain = page.getByTestId('year-chain');
    await expect(chain.getByTestId('year-chain-chart')).toBeVisible();
    await expect(chain.getByTestId('chain-table')).toContainText('2023');
    await expect(chain.getByTestId('chain-table')).toContainText('2024');
    // The year before the first: 2023's own review said 2022's targets were met but one.
    await expect(chain.getByTestId('chain-table')).toContainText('2022');
    await expect(chain.getByTestId('chain-target')).toHaveCount(2);
  });
});

test.describe('the office again', () => {
  test.use({ storageState: storageStatePath('admin') });

  test('undoes publishing while no update is filed: 2023 is current again', async ({ page }) => {
    await page.goto('/admin/resolutions');
    await page.getByTestId('year-2024').getByRole('button', { name: 'Hoàn tác công bố' }).click();
    await expect(page.getByTestId('year-2024')).toHaveCount(0);
    await expect(page.getByTestId('year-2023')).toContainText('Đang theo dõi');
    await expect(page.getByRole('link', { name: 'Xem lại bản nháp năm 2024' })).toBeVisible();
    expect(readDb<{ year: number }>("SELECT year FROM resolutions WHERE state = 'current'")).toEqual([{ year: 2023 }]);
  });
});
