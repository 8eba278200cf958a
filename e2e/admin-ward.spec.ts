import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { storageStatePath, type Account } from './fixtures/accounts';
import { readDb } from './fixtures/approved-figures';

// The office names the ward once; every visitor then sees it: the header, the page title, the
// footer, the login page's contact for a forgotten password, and the emblem. Put back at the end
// so the other specs see an unnamed ward as before.
const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1e7a5a10000000049454e44ae426082',
  'hex',
);

async function pageAs(browser: Browser, account: Account): Promise<Page> {
  return (await browser.newContext({ storageState: storageStatePath(account) })).newPage();
}

async function saveWard(page: Page, values: { name: string; superior: string; passwordContact: string }) {
  await page.goto('/admin/ward');
  const form = page.getByTestId('ward-form');
  await form.getByLabel('Tên phường').fill(values.name);
  await form.getByLabel('Cấp trên trực tiếp').fill(values.superior);
  await form.getByLabel('Liên hệ khi quên mật khẩu').fill(values.passwordContact);
  await form.getByRole('button', { name: 'Lưu thông tin phường' }).click();
  await expect(page.getByTestId('ward-message')).toContainText(/Đã lưu|Không có gì thay đổi/);
}

test.afterAll(async ({ browser }) => {
  const admin = await pageAs(browser, 'admin');
  await saveWard(admin, { name: '', superior: '', passwordContact: '' });
  if (await admin.getByRole('button', { name: 'Gỡ biểu trưng' }).isVisible()) {
    await admin.getByRole('button', { name: 'Gỡ biểu trưng' }).click();
    await expect(admin.getByTestId('emblem-message')).toHaveText('✓ Đã gỡ biểu trưng.');
  }
  await admin.context().close();
});

test('the office names the ward and sets its emblem; citizens and the login page show them', async ({ browser }) => {
  // A long journey through three contexts: room for a loaded machine.
  test.setTimeout(120_000);
  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin');
  await admin.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Thông tin phường' }).click();
  await expect(admin).toHaveURL(/\/admin\/ward$/);
  await expect(admin.getByTestId('ward-not-set')).toBeVisible();

  // A second line is refused beside the field and nothing is written.
  await admin.getByLabel('Tên phường').fill('Phường An Bình\u0007');
  await admin.getByRole('button', { name: 'Lưu thông tin phường' }).click();
  await expect(admin.getByTestId('name-error')).toHaveText('Chỉ ghi trên một dòng, không có ký tự điều khiển.');
  expect(readDb("SELECT key FROM settings WHERE key = 'ward_name'")).toEqual([]);

  await saveWard(admin, {
    name: 'Phường An Bình',
    superior: 'Tỉnh Gia Lai',
    passwordContact: 'Văn phòng Đảng ủy phường, ĐT 0269 3812 345',
  });
  await expect(admin.getByTestId('ward-message')).toHaveText('✓ Đã lưu thông tin phường.');
  await expect(admin.getByTestId('ward-not-set')).toHaveCount(0);

  // A text file renamed to .png is refused by its bytes; a real PNG is kept.
  await admin.getByLabel('Biểu trưng (logo) của phường').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
  });
  await admin.getByRole('button', { name: 'Tải biểu trưng lên' }).click();
  await expect(admin.getByTestId('emblem-error')).toHaveText('Chỉ nhận ảnh PNG, JPEG hoặc WebP.');
  await admin
    .getByLabel('Biểu trưng (logo) của phường')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await admin.getByRole('button', { name: 'Tải biểu trưng lên' }).click();
  await expect(admin.getByTestId('emblem-message')).toHaveText('✓ Đã lưu biểu trưng.');
  await admin.context().close();

  // A citizen: the header, the title and the footer name the ward; the emblem is an image.
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto('/');
  await expect(citizen.getByTestId('site-name')).toContainText('Phường An Bình');
  await expect(citizen).toHaveTitle(/Phường An Bình/);
  await expect(citizen.locator('footer')).toContainText('Phường An Bình');
  const emblemSrc = await citizen.getByTestId('site-name').locator('img').getAttribute('src');
  expect(emblemSrc).toMatch(/^\/api\/public\/emblem\?v=[0-9a-f]{12}$/);
  const emblem = await citizen.request.get(emblemSrc!);
  expect(emblem.status()).toBe(200);
  expect(emblem.headers()['content-type']).toBe('image/png');
  expect(emblem.headers()['cache-control']).toContain('immutable');
  expect(Buffer.from(await emblem.body())).toEqual(png);

  // The open data names the ward too (an added field; the contract's fields are unchanged).
  const open = await (await citizen.request.get('/api/public/summary')).json();
  expect(open.resolution.ward).toBe('Phường An Bình');

  // The login page says whom to contact for a forgotten password.
  await citizen.goto('/login');
  await expect(citizen.getByTestId('password-contact')).toHaveText(
    'Quên mật khẩu? Liên hệ Văn phòng Đảng ủy phường, ĐT 0269 3812 345 để được cấp lại.',
  );
  await citizen.context().close();
});
