import { expect, test } from './fixtures/test';
import { e2eSmtpPort, e2eDatabase } from './fixtures/worker';
import { startMailbox, type Mailbox } from '../test/smtp-mailbox';
import { storageStatePath } from './fixtures/accounts';
import { readDb } from './fixtures/approved-figures';
import Database from 'better-sqlite3';

// Reminders that reach people, end to end: the test server mails through a real SMTP server this
// spec starts. The officer of the Youth Union gives an address at /account (an invalid one is
// refused), the administrator gives the chair's; the chair returns an update with a reason; the
// officer gets the email (linking to the update) and the notification, opens it and answers in the
// update's conversation; the chair is told and reads the answer. HTML typed in a comment stays text.
test.describe.configure({ mode: 'serial' });

let mailbox: Mailbox;
let updateId: number;
const reason = 'Đề nghị bổ sung số đoàn viên tham gia và kinh phí của từng hoạt động.';

test.beforeAll(async () => {
  mailbox = await startMailbox(e2eSmtpPort());
  // A submitted task update of the Youth Union (written as the workflow would leave it).
  const sqlite = new Database(e2eDatabase());
  try {
    sqlite.pragma('busy_timeout = 10000');
    const row = sqlite
      .prepare(
        `SELECT a.task_id AS taskId, a.organization_id AS orgId, a.role, u.id AS authorId,
                (SELECT id FROM reporting_periods WHERE code = '2023-M08') AS periodId
           FROM assignments a JOIN organizations o ON o.id = a.organization_id
           JOIN users u ON u.organization_id = o.id AND u.username = 'doanthanhnien'
          WHERE o.code = 'DTN' AND a.task_id IS NOT NULL ORDER BY a.task_id LIMIT 1`,
      )
      .get() as { taskId: number; orgId: number; role: string; authorId: number; periodId: number };
    updateId = Number(
      sqlite
        .prepare(
          `INSERT INTO updates (kind, task_id, organization_id, period_id, state, role, task_status, progress, narrative, author_id, submitted_at)
           VALUES ('task', ?, ?, ?, 'submitted', ?, 'on_track', 60, 'Tổ chức 3 đợt ra quân tình nguyện.', ?, ?)`,
        )
        .run(row.taskId, row.orgId, row.periodId, row.role, row.authorId, Date.now()).lastInsertRowid,
    );
  } finally {
    sqlite.close();
  }
});
test.afterAll(() => mailbox.close());

test('the officer gives an email address at /account; an invalid one is refused next to the field', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ storageState: storageStatePath('doanthanhnien') })).newPage();
  await page.goto('/account');
  const email = page.getByLabel('Địa chỉ thư điện tử');
  await email.fill('doanthanhnien@@phuong');
  await page.getByRole('button', { name: 'Lưu cài đặt thông báo' }).click();
  await expect(page.getByTestId('email-error')).toHaveText(
    'Địa chỉ thư điện tử không hợp lệ (ví dụ: canbo@phuong.gov.vn).',
  );
  expect(
    readDb<{ email: string | null }>("SELECT email FROM users WHERE username = 'doanthanhnien'")[0]!.email,
  ).toBeNull();
  await page.getByLabel('Địa chỉ thư điện tử').fill('doanthanhnien@phuong.example');
  await page.getByRole('button', { name: 'Lưu cài đặt thông báo' }).click();
  await expect(page.getByTestId('mail-preferences-message')).toHaveText('✓ Đã lưu cài đặt thông báo.');
  expect(readDb<{ email: string }>("SELECT email FROM users WHERE username = 'doanthanhnien'")[0]!.email).toBe(
    'doanthanhnien@phuong.example',
  );
  await page.context().close();
});

test("the administrator gives the chair's address on the chair's account page", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath('admin') })).newPage();
  const [chair] = readDb<{ id: number }>("SELECT id FROM users WHERE username = 'bithu'");
  await page.goto(`/admin/accounts/${chair!.id}`);
  await page.getByLabel('Địa chỉ thư điện tử').fill('bithu@phuong.example');
  await page.getByLabel('Bản tổng hợp', { exact: true }).selectOption('daily');
  await page.getByRole('button', { name: 'Lưu cài đặt thông báo' }).click();
  await expect(page.getByTestId('mail-preferences-message')).toHaveText('✓ Đã lưu cài đặt thông báo.');
  expect(readDb("SELECT email, digest_frequency AS f FROM users WHERE username = 'bithu'")).toEqual([
    { email: 'bithu@phuong.example', f: 'daily' },
  ]);
  await page.context().close();
});

test('the chair returns the update with a reason; the officer is emailed a link to it', async ({
  browser,
  baseURL,
}) => {
  const chair = await (await browser.newContext({ storageState: storageStatePath('bithu') })).newPage();
  await chair.goto(`/dashboard/updates/${updateId}`);
  await chair.getByText('Trả lại…').click();
  await chair.getByLabel('Lý do trả lại (bắt buộc)').fill(reason);
  await chair.getByRole('button', { name: 'Trả lại báo cáo' }).click();
  await expect
    .poll(() => readDb<{ state: string }>('SELECT state FROM updates WHERE id = ?', updateId)[0]!.state)
    .toBe('returned');
  await chair.context().close();

  // Mail other specs queued on this server (their retries reach this mailbox too) may come first.
  const toOfficer = () => mailbox.messages.find((m) => m.to.includes('doanthanhnien@phuong.example'));
  await expect.poll(() => toOfficer() !== undefined, { timeout: 30_000 }).toBe(true);
  const mail = toOfficer()!;
  expect(mail.from).toBe('vanphong@phuong.example');
  expect(mail.subject).toMatch(/^Báo cáo bị trả lại: III\.\d+\.\d+ .+ \(Tháng 8\/2023\)$/);
  expect(mail.text).toContain('Kính gửi Cán bộ Đoàn Thanh niên');
  expect(mail.text).toContain(reason);
  const link = `${baseURL}/dashboard/updates/${updateId}`;
  expect(mail.text).toContain(link);
  expect(mail.html).toContain(`href="${link}"`);
  expect(mail.raw).not.toMatch(/e2e-Mat-khau|password/i);

  // The link opens the update for its organization.
  const officer = await (await browser.newContext({ storageState: storageStatePath('doanthanhnien') })).newPage();
  const response = await officer.goto(link);
  expect(response?.status()).toBe(200);
  await expect(officer.getByTestId('comments').getByTestId('comment-body').first()).toHaveText(reason);
  await officer.context().close();
});

test('the officer sees the notification, opens it and answers in the conversation', async ({ browser }) => {
  // A second return notice in the app (opening the update above marked the first one read).
  const sqlite = new Database(e2eDatabase());
  try {
    sqlite.pragma('busy_timeout = 10000');
    sqlite.prepare('UPDATE notifications SET read_at = NULL WHERE update_id = ?').run(updateId);
  } finally {
    sqlite.close();
  }
  const page = await (await browser.newContext({ storageState: storageStatePath('doanthanhnien') })).newPage();
  await page.goto('/dashboard');
  await expect(page.getByTestId('unread-badge')).toContainText('1');
  await page.getByRole('link', { name: /Thông báo/ }).click();
  const item = page.getByTestId('notifications').locator('li').first();
  await expect(item).toContainText('Báo cáo bị trả lại');
  await expect(item).toContainText(reason);
  await item.getByRole('button', { name: /Báo cáo bị trả lại/ }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/updates/${updateId}$`));
  await expect(page.getByTestId('unread-badge')).toHaveCount(0);

  const comments = page.getByTestId('comments').getByTestId('comment');
  await expect(comments).toHaveCount(1);
  await expect(comments.first()).toContainText('Lý do trả lại');

  // A 1 MB comment is refused by the server, whatever the browser's maxlength said.
  const box = page.getByLabel('Ý kiến của bạn');
  await box.evaluate((el: HTMLTextAreaElement) => {
    el.removeAttribute('maxlength');
    el.value = 'x'.repeat(1024 * 1024);
  });
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(page.getByTestId('comment-body-error')).toHaveText('Ý kiến quá dài (tối đa 4000 ký tự).');
  await expect(comments).toHaveCount(1);

  const answer = 'Đã bổ sung: 120 đoàn viên, kinh phí 15 triệu đồng. <img src=x onerror=alert(1)><b>xem</b>';
  await page.getByLabel('Ý kiến của bạn').fill(answer);
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(page.getByTestId('comment-form-message')).toHaveText('✓ Đã gửi ý kiến.');
  await expect(comments).toHaveCount(2);
  // Shown as the text typed: no element was made from it.
  await expect(comments.nth(1).getByTestId('comment-body')).toHaveText(answer);
  expect(await comments.nth(1).locator('img, b').count()).toBe(0);
  await page.context().close();
});

test('the chair is told of the answer and reads it', async ({ browser }) => {
  await expect
    .poll(() => mailbox.messages.filter((m) => m.to.includes('bithu@phuong.example')).length, { timeout: 30_000 })
    .toBe(1);
  const mail = mailbox.messages.find((m) => m.to.includes('bithu@phuong.example'))!;
  expect(mail.subject).toMatch(/^Ý kiến mới về báo cáo: III\./);
  expect(mail.text).toContain('Đã bổ sung: 120 đoàn viên');
  expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');

  const page = await (await browser.newContext({ storageState: storageStatePath('bithu') })).newPage();
  await page.goto('/notifications');
  const item = page.getByTestId('notifications').locator('li').first();
  await expect(item).toContainText('Ý kiến mới của');
  await item.getByRole('button').click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/updates/${updateId}$`));
  await expect(page.getByTestId('comments').getByTestId('comment').nth(1)).toContainText('Đã bổ sung: 120 đoàn viên');
  await page.context().close();

  // Another organization's officer cannot open the update, nor its conversation.
  const other = await (await browser.newContext({ storageState: storageStatePath('hoiphunu') })).newPage();
  const response = await other.goto(`/dashboard/updates/${updateId}`);
  expect(response?.status()).toBe(404);
  await expect(other.getByText('Đã bổ sung: 120 đoàn viên')).toHaveCount(0);
  await other.context().close();
});
