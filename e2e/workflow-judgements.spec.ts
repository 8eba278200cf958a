import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { storageStatePath } from './fixtures/accounts';
import { readDb, revalidatePublic } from './fixtures/approved-figures';
import { e2eDatabase } from './fixtures/worker';

// A target no figure measures ("hoàn thành tốt nhiệm vụ trở lên") is judged by the chair at year
// end. The 2023 resolution has none, so this spec makes one of its Party-building targets
// qualitative for its own run and puts it back afterwards. The chair judges it "Đạt" with a
// remark from the approvals page; the open data then says "met". A remark over 500 characters is
// refused beside the field; an officer cannot open the page.
test.describe.configure({ mode: 'serial' });

type Saved = { id: number; code: string; direction: string; targetValue: number | null };
let target: Saved;

function write(sql: string, ...params: unknown[]) {
  const sqlite = new Database(e2eDatabase());
  try {
    sqlite.pragma('busy_timeout = 10000');
    sqlite.prepare(sql).run(...params);
  } finally {
    sqlite.close();
  }
}

test.beforeAll(() => {
  target = readDb<Saved>(
    `SELECT t.id, t.code, t.direction, t.target_value AS targetValue FROM targets t
       JOIN resolutions r ON r.id = t.resolution_id
      WHERE r.state = 'current' AND t.category = '2.2' ORDER BY t.code DESC LIMIT 1`,
  )[0]!;
  write("UPDATE targets SET direction = 'qualitative', target_value = NULL WHERE id = ?", target.id);
});

test.afterAll(async ({ baseURL }) => {
  write(
    `UPDATE targets SET direction = ?, target_value = ?, judgement = NULL, judgement_note = NULL,
            judged_by = NULL, judged_at = NULL WHERE id = ?`,
    target.direction,
    target.targetValue,
    target.id,
  );
  // The public pages cached the judged target: the specs after this one see it as it was.
  await revalidatePublic(baseURL!);
});

test('the chair judges a qualitative target "Đạt" with a remark; the open data says met', async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath('bithu') })).newPage();
  await page.goto('/approvals');
  await page.getByRole('link', { name: 'Đánh giá chỉ tiêu định tính' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đánh giá chỉ tiêu định tính');
  const form = page.getByTestId(`judgement-form-${target.code}`);
  await expect(form.getByLabel('Kết quả đánh giá')).toHaveValue('');

  // A remark over the limit is refused next to its field, whatever the browser's maxlength said.
  await form.getByLabel('Nhận xét (không bắt buộc)').evaluate((el: HTMLTextAreaElement) => {
    el.removeAttribute('maxlength');
    el.value = 'x'.repeat(501);
  });
  await form.getByLabel('Kết quả đánh giá').selectOption('met');
  await form.getByRole('button', { name: 'Lưu đánh giá' }).click();
  await expect(form.getByTestId('judgement-note-error')).toHaveText('Nhận xét quá dài (tối đa 500 ký tự).');
  expect(
    readDb<{ judgement: string | null }>('SELECT judgement FROM targets WHERE id = ?', target.id)[0]!.judgement,
  ).toBeNull();

  await form.getByLabel('Nhận xét (không bắt buộc)').fill('Hoàn thành tốt nhiệm vụ.');
  await form.getByLabel('Kết quả đánh giá').selectOption('met');
  await form.getByRole('button', { name: 'Lưu đánh giá' }).click();
  await expect(form.getByText(`Đã lưu đánh giá chỉ tiêu ${target.code}: Đạt.`)).toBeVisible();
  expect(readDb('SELECT judgement, judgement_note AS note FROM targets WHERE id = ?', target.id)).toEqual([
    { judgement: 'met', note: 'Hoàn thành tốt nhiệm vụ.' },
  ]);
  const audit = readDb<{ details: string }>(
    "SELECT details FROM audit_log WHERE action = 'target.judgement' AND entity_id = ? ORDER BY id DESC LIMIT 1",
    target.id,
  );
  expect(JSON.parse(audit[0]!.details)).toMatchObject({ before: null, after: 'met' });

  const summary = await (await page.request.get('/api/public/summary')).json();
  const row = summary.targets.find((t: { code: string }) => t.code === target.code);
  expect(row).toMatchObject({ direction: 'qualitative', targetValue: null, status: 'met' });
  await page.context().close();
});

test('an officer cannot open the judgement page', async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath('ubnd') })).newPage();
  const response = await page.goto('/approvals/judgements');
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId(`judgement-form-${target.code}`)).toHaveCount(0);
  await page.context().close();
});
