import { request as playwrightRequest, type Browser } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { e2eBaseURL } from './fixtures/worker';
import { storageStatePath, type Account } from './fixtures/accounts';
import { captureAction, isActionRequest, replayAction, rewriteAction } from './fixtures/action-replay';
import { readDb } from './fixtures/approved-figures';
import { runId } from './fixtures/auth-flows';

// Subjects and period of this spec alone (month 11): the Party Committee's task III.5.3 and the
// People's Council's task III.6.1, which the Party Committee neither leads nor coordinates.
// Both updates end submitted, never approved, so nothing of this spec reaches the public.
const xss = '<img src=x onerror=alert(1)>';
const one = <T>(sql: string, ...params: unknown[]) => readDb<T>(sql, ...params)[0]!;
const taskId = (code: string) => one<{ id: number }>('SELECT id FROM tasks WHERE code = ?', code).id;
const periodId = () => one<{ id: number }>("SELECT id FROM reporting_periods WHERE code = '2023-M11'").id;
type Row = {
  id: number;
  organization_id: number;
  state: string;
  narrative: string | null;
  progress: number | null;
  version: number;
};
const updatesOf = (code: string, org: string) =>
  readDb<Row>(
    `SELECT u.id, u.organization_id, u.state, u.narrative, u.progress, u.version FROM updates u
     JOIN tasks k ON k.id = u.task_id JOIN organizations o ON o.id = u.organization_id
     WHERE k.code = ? AND o.code = ? AND u.period_id = ?`,
    code,
    org,
    periodId(),
  );
const counts = () =>
  one<{ updates: number; audits: number }>(
    'SELECT (SELECT count(*) FROM updates) AS updates, (SELECT count(*) FROM audit_log) AS audits',
  );

async function officerPage(browser: Browser, account: Account) {
  return (await browser.newContext({ storageState: storageStatePath(account) })).newPage();
}

const apiAs = (account: Account) =>
  playwrightRequest.newContext({ baseURL: e2eBaseURL(), storageState: storageStatePath(account) });

test('a replayed update action carrying another organization’s record or subject is refused by the data layer', async ({
  browser,
}) => {
  // hdnd keeps a draft of its own task.
  const hdnd = await officerPage(browser, 'hdnd');
  await hdnd.goto(`/dashboard/tasks/${taskId('III.6.1')}/update`);
  await hdnd.getByLabel('Kỳ báo cáo').selectOption(String(periodId()));
  await hdnd.getByLabel('Tình trạng').selectOption('on_track');
  await hdnd.getByLabel('Tỷ lệ hoàn thành (%)').fill('40');
  await hdnd.getByLabel('Kết quả đã thực hiện').fill(`Bản nháp của HĐND ${runId}`);
  await hdnd.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(hdnd.getByTestId('done-message')).toBeVisible();
  const theirs = updatesOf('III.6.1', 'HDND');
  expect(theirs.map((r) => r.state)).toEqual(['draft']);
  await hdnd.context().close();

  // danguy submits its own update; the request is captured with its action id.
  const danguy = await officerPage(browser, 'danguy');
  await danguy.goto(`/dashboard/tasks/${taskId('III.5.3')}/update`);
  await danguy.getByLabel('Kỳ báo cáo').selectOption(String(periodId()));
  await danguy.getByLabel('Tình trạng').selectOption('on_track');
  await danguy.getByLabel('Tỷ lệ hoàn thành (%)').fill('25');
  await danguy.getByLabel('Kết quả đã thực hiện').fill(`Báo cáo của Đảng ủy ${runId}`);
  const [request] = await Promise.all([
    danguy.waitForRequest(isActionRequest),
    danguy.getByRole('button', { name: 'Gửi duyệt' }).click(),
  ]);
  await expect(danguy.getByTestId('done-message')).toBeVisible();
  const captured = await captureAction(request);
  expect(updatesOf('III.5.3', 'DU').map((r) => r.state)).toEqual(['submitted']);
  await danguy.context().close();

  const before = { counts: counts(), theirs: updatesOf('III.6.1', 'HDND'), ours: updatesOf('III.5.3', 'DU') };
  const api = await apiAs('danguy');
  const attempts = {
    // Edit and submit the People's Council's draft by its id.
    editTheirs: {
      id: String(theirs[0]!.id),
      version: String(theirs[0]!.version),
      subjectId: String(taskId('III.6.1')),
      narrative: 'Sửa trái phép',
    },
    // Create an update on a task the Party Committee is not assigned.
    createOnTheirs: { id: '', version: '', subjectId: String(taskId('III.6.1')), narrative: 'Báo cáo trái phép' },
    // Their record id under our own subject.
    mixed: { id: String(theirs[0]!.id), version: String(theirs[0]!.version), narrative: 'Sửa trái phép' },
  };
  for (const [name, changes] of Object.entries(attempts)) {
    const response = await replayAction(api, await rewriteAction(captured, changes));
    // The data layer refuses another organization's record or subject with AuthError 404, which
    // authedAction answers as for a page that does not exist: no form state, no redirect.
    expect(response.status(), name).toBe(404);
    expect(response.headers()['x-action-redirect'], name).toBeUndefined();
  }
  await api.dispose();
  expect({ counts: counts(), theirs: updatesOf('III.6.1', 'HDND'), ours: updatesOf('III.5.3', 'DU') }).toEqual(before);
  expect(updatesOf('III.6.1', 'DU')).toEqual([]);

  // The replay itself is sound: hdnd sending it for its own draft does save it.
  const owner = await apiAs('hdnd');
  const own = await replayAction(
    owner,
    await rewriteAction(captured, { ...attempts.editTheirs, narrative: `Sửa hợp lệ ${runId} ${xss}` }),
  );
  expect(own.headers()['x-action-redirect']).toMatch(/^\/dashboard\/updates\//);
  await owner.dispose();
  expect(updatesOf('III.6.1', 'HDND').map((r) => [r.state, r.narrative])).toEqual([
    ['submitted', `Sửa hợp lệ ${runId} ${xss}`],
  ]);
});

test('officers replaying the chair’s return action get 404 and the update stays submitted', async ({ browser }) => {
  const [update] = updatesOf('III.5.3', 'DU');
  expect(update?.state).toBe('submitted');
  const chair = await officerPage(browser, 'bithu');
  await chair.goto(`/approvals?subject=task:${taskId('III.5.3')}`);
  const item = chair.getByTestId(`queue-item-${update!.id}`);
  await item.getByText('Trả lại…').click();
  // An empty reason is refused by the workflow, but the request carries the action id.
  const [request] = await Promise.all([
    chair.waitForRequest(isActionRequest),
    item.getByRole('button', { name: 'Trả lại báo cáo' }).click(),
  ]);
  await expect(item.locator(`#reason-${update!.id}-error`)).not.toBeEmpty();
  const captured = await rewriteAction(await captureAction(request), { reason: 'Trả lại bằng yêu cầu giả mạo' });
  await chair.context().close();

  const before = counts();
  for (const account of ['danguy', 'ubnd', 'admin'] as const) {
    const api = await apiAs(account);
    expect((await replayAction(api, captured)).status(), account).toBe(404);
    await api.dispose();
  }
  expect(counts()).toEqual(before);
  expect(updatesOf('III.5.3', 'DU').map((r) => r.state)).toEqual(['submitted']);
});

test('an officer cannot open another organization’s update, as a page or as RSC', async () => {
  const [theirs] = updatesOf('III.6.1', 'HDND');
  const api = await apiAs('danguy');
  const page = await api.get(`/dashboard/updates/${theirs!.id}`, { maxRedirects: 0 });
  expect(page.status()).toBe(404);
  expect(await page.text()).not.toContain(runId);
  const rsc = await api.get(`/dashboard/updates/${theirs!.id}?_rsc`, { headers: { RSC: '1' }, maxRedirects: 0 });
  const body = await rsc.text();
  expect(body).toContain('NEXT_HTTP_ERROR_FALLBACK;404');
  expect(body).not.toContain(runId);
  await api.dispose();
});

test('an update narrative holding HTML is shown as text to the officer and the chair, and never runs', async ({
  browser,
}) => {
  const [update] = updatesOf('III.6.1', 'HDND');
  expect(update?.narrative).toContain(xss);
  const dialogs: string[] = [];
  for (const [account, path] of [
    ['hdnd', `/dashboard/updates/${update!.id}`],
    ['bithu', `/dashboard/updates/${update!.id}`],
    ['bithu', `/approvals?subject=task:${taskId('III.6.1')}`],
  ] as const) {
    const page = await officerPage(browser, account);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(path);
    await expect(page.getByText(`Sửa hợp lệ ${runId} ${xss}`).first(), `${account} ${path}`).toBeVisible();
    expect(await page.locator('img[src="x"]').count(), `${account} ${path}`).toBe(0);
    await page.context().close();
  }
  expect(dialogs).toEqual([]);
});
