import { expect, test } from './fixtures/test';
import { approveFigures, readDb } from './fixtures/approved-figures';
import { storageStatePath } from './fixtures/accounts';
import {
  organizationsOf,
  targetBound,
  targetCard,
  targetCards,
  targetLatest,
  targetStatus,
  taskGroup,
  taskGroups,
  taskItem,
  taskLatest,
  taskVerdict,
  taskText,
} from './fixtures/summary-page';

// Figures written here are this spec's own (targets 2.1.01, 2.1.08, 2.1.10, 2.1.16, task III.6.1).
test.describe.configure({ mode: 'serial' });

const bounds: Record<string, string> = {
  '2.1.01': 'đạt ít nhất 621 ha',
  '2.1.02': 'đạt ít nhất 100 % so với kế hoạch thị xã giao',
  '2.1.03': 'đạt ít nhất 100 %',
  '2.1.04': 'đạt ít nhất 100 %',
  '2.1.05': 'đạt ít nhất 89,61 %',
  '2.1.06': 'đạt ít nhất 80 %',
  '2.1.07': 'không vượt quá 1,05 %',
  '2.1.08': 'không vượt quá 1,25 %',
  '2.1.09': 'không vượt quá 3,76 %',
  '2.1.10': 'đạt ít nhất 91,01 %',
  '2.1.11': 'đạt ít nhất 23,97 %',
  '2.1.12': 'đạt ít nhất 18,33 %',
  '2.1.13': 'đạt ít nhất 83,5 %',
  '2.1.14': 'đạt ít nhất 100 %',
  '2.1.15': 'đạt ít nhất 100 %',
  '2.1.16': 'đạt ít nhất 64 %',
  '2.2.01': 'đạt ít nhất 4 % (5 người/năm)',
  '2.2.02': 'đạt ít nhất 80 %',
  '2.2.03': 'đạt ít nhất 80 %',
};

test('/ lists the 19 targets with value and direction and the 8 task groups with every task as written', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả thực hiện Nghị quyết năm 2023');
  const facts = page.getByTestId('resolution-facts');
  await expect(facts).toContainText('Lần thứ 34');
  await expect(facts).toContainText('27/12/2022');
  await expect(facts).toContainText('Nguyễn Thị Ngọc');

  await expect(targetCards(page)).toHaveCount(19);
  const targets = readDb<{ code: string; name: string }>('SELECT code, name FROM targets ORDER BY code');
  expect(targets.map((t) => t.code)).toEqual(Object.keys(bounds).sort());
  for (const t of targets) {
    const row = targetCard(page, t.code);
    await expect(row.getByRole('heading')).toHaveText(`${t.code} ${t.name}`);
    await expect(row).toHaveAccessibleName(`${t.code} ${t.name}`);
    await expect(targetBound(row)).toContainText(bounds[t.code]!);
  }
  await expect(targetBound(targetCard(page, '2.1.08'))).toContainText('không vượt quá');
  await expect(targetBound(targetCard(page, '2.1.05'))).toContainText('đạt ít nhất');

  await expect(taskGroups(page)).toHaveCount(8);
  const tasks = readDb<{ code: string; text: string }>('SELECT code, text FROM tasks ORDER BY id');
  expect(tasks.length).toBeGreaterThanOrEqual(14);
  for (const task of tasks) {
    const text = await taskText(taskItem(page, task.code)).textContent();
    expect(text).toBe(task.text);
  }
  await expect(organizationsOf(taskItem(page, 'III.8.1'))).toContainText('Ủy ban Mặt trận Tổ quốc phường');
  await expect(page.getByTestId('review-previous')).toContainText('18/19 chỉ tiêu đạt và vượt, 1 chỉ tiêu chưa đạt');
  await expect(targetCard(page, '2.2.03')).toContainText('Năm 2022: chỉ tiêu này chưa đạt.');
});

test('approved figures change values, statuses and counts; unapproved ones never show', async ({ page, baseURL }) => {
  await approveFigures(baseURL!, [
    { kind: 'target', subjectCode: '2.1.01', period: '2023-Q4', value: 640.5 },
    { kind: 'target', subjectCode: '2.1.08', period: '2023-Q2', value: 1.41 },
    { kind: 'target', subjectCode: '2.1.16', period: '2023-Q4', value: 60.3 },
    { kind: 'target', subjectCode: '2.1.10', period: '2023-Q2', value: 50.7 },
    { kind: 'task', subjectCode: 'III.6.1', period: '2023-Q2', taskStatus: 'on_track', progress: 55 },
    // Not approved: must stay invisible.
    { kind: 'target', subjectCode: '2.1.03', period: '2023-M11', value: 97.7, state: 'submitted' },
    {
      kind: 'target',
      subjectCode: '2.1.01',
      period: '2023-M11',
      value: 1.5,
      state: 'returned',
      returnReason: 'Sai số liệu',
    },
    { kind: 'target', subjectCode: '2.1.05', period: '2023-M12', value: 3.25, org: 'UBND' },
  ]);
  await page.goto('/');
  const expectRow = async (code: string, status: string, statusWords: string, latest: string) => {
    const row = targetCard(page, code);
    await expect(targetStatus(row)).toHaveText(statusWords);
    await expect(row).toHaveAttribute('data-status', status);
    await expect(targetLatest(row)).toContainText(latest);
  };
  // The review's words: beyond a floor at year end is Vượt; during the year only a pace is judged.
  await expectRow('2.1.01', 'exceeded', 'Vượt', '640,5 ha (chính thức) · 103,14 % so với kế hoạch · Quý IV/2023');
  await expectRow('2.1.08', 'behind_pace', 'Chưa đạt tiến độ', '1,41 % (chính thức)');
  await expectRow('2.1.16', 'not_met', 'Không đạt', '60,3 % (chính thức)');
  await expectRow('2.1.10', 'on_pace', 'Đạt tiến độ', '50,7 % (chính thức)');
  await expect(targetLatest(targetCard(page, '2.1.03'))).not.toContainText('97,7');
  await expect(targetLatest(targetCard(page, '2.1.05'))).not.toContainText('3,25');
  await expect(taskLatest(taskItem(page, 'III.6.1'))).toContainText(
    'Đang thực hiện, đúng tiến độ · Tiến độ 55 % · Quý II/2023',
  );
  // Not done, and its deadline (the year end, none set by the office) has passed.
  await expect(taskVerdict(taskItem(page, 'III.6.1'))).toHaveText(
    'Chưa hoàn thành (quá hạn) · Hạn hoàn thành 31/12/2023',
  );

  // The counts agree with the statuses the open data gives (other specs add figures of their own).
  const data = await (await page.request.get('/api/public/summary')).json();
  for (const status of ['exceeded', 'met', 'not_met', 'on_pace', 'behind_pace', 'year_end', 'no_data']) {
    const n = data.targets.filter((t: { status: string }) => t.status === status).length;
    await expect(page.getByTestId(`count-${status}`).getByTestId('count-value')).toHaveText(String(n));
  }
});

test('the open data has the contract’s shape with approved figures only', async ({ request }) => {
  const response = await request.get('/api/public/summary');
  expect(response.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  const data = await response.json();
  expect(Object.keys(data)).toEqual(['resolution', 'targets', 'taskGroups']);
  expect(data.resolution).toMatchObject({
    year: 2023,
    conferenceNumber: 34,
    heldOn: '2022-12-27',
    signerName: 'Nguyễn Thị Ngọc',
  });
  expect(data.targets).toHaveLength(19);
  const byCode = Object.fromEntries(data.targets.map((t: { code: string }) => [t.code, t]));
  expect(Object.keys(byCode['2.1.08']).sort()).toEqual([
    'category',
    'code',
    'direction',
    'extra',
    'latest',
    'name',
    'organizations',
    'planPercent',
    'status',
    'targetHigh',
    'targetValue',
    'unit',
  ]);
  expect(byCode['2.1.08']).toMatchObject({
    name: 'Tỷ lệ hộ nghèo',
    category: '2.1',
    targetValue: 1.25,
    unit: '%',
    direction: 'max',
    targetHigh: null,
    status: 'behind_pace',
  });
  expect(byCode['2.2.01']).toMatchObject({ category: '2.2', targetValue: 4, extra: '5 người/năm', direction: 'min' });
  expect(byCode['2.1.05'].organizations).toEqual([
    { code: 'MTTQ', role: 'lead' },
    { code: 'UBND', role: 'coordinate' },
  ]);
  expect(byCode['2.1.01'].latest).toMatchObject({ value: 640.5, kind: 'official', period: '2023-Q4' });
  expect(byCode['2.1.01'].status).toBe('exceeded');
  expect(Date.parse(byCode['2.1.01'].latest.approvedAt)).toBeGreaterThan(Date.now() - 10 * 60_000);
  expect(byCode['2.1.03'].latest?.value).not.toBe(97.7);
  expect(data.taskGroups.map((g: { number: number }) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(Object.keys(data.taskGroups[5].tasks[0])).toEqual([
    'code',
    'text',
    'organizations',
    'latest',
    'deadline',
    'verdict',
  ]);
  expect(data.taskGroups[5].tasks[0]).toMatchObject({
    code: 'III.6.1',
    organizations: [{ code: 'HDND', role: 'lead' }],
    latest: { status: 'on_track', progress: 55, period: '2023-Q2' },
  });

  const again = await request.get('/api/public/summary', { headers: { 'If-None-Match': response.headers()['etag']! } });
  expect(again.status()).toBe(304);
  // Built once and kept until the next approval, like the pages: the same body, the same ETag.
  const cached = await request.get('/api/public/summary');
  expect(cached.headers()['etag']).toBe(response.headers()['etag']);
  expect(cached.headers()['access-control-allow-origin']).toBe('*');
});

test('/ is rendered once, served from the cache and re-rendered after an approval', async ({ request, baseURL }) => {
  await request.get('/');
  const cached = await request.get('/');
  expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
  expect(cached.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const unchanged = await request.get('/', { headers: { 'If-None-Match': cached.headers()['etag']! } });
  expect(unchanged.status()).toBe(304);

  await approveFigures(baseURL!, [{ kind: 'target', subjectCode: '2.1.01', period: '2023-Q4', value: 641.25 }]);
  const fresh = await request.get('/');
  expect(await fresh.text()).toContain('641,25');
  const again = await request.get('/', { headers: { 'If-None-Match': cached.headers()['etag']! } });
  expect(again.status()).toBe(200);
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await again.text()).toContain('641,25');
});

test('the page cache keeps each language apart and never holds a page made for one user', async ({
  request,
  playwright,
  baseURL,
}) => {
  await request.get('/');
  const english = await request.get('/en');
  expect(await english.text()).toContain('lang="en"');
  const englishAgain = await request.get('/en');
  expect(await englishAgain.text()).toContain('lang="en"');
  expect(await (await request.get('/')).text()).toContain('lang="vi"');

  // Client navigation (RSC) is Next's to answer, never a cached HTML page.
  const navigation = await request.get('/', { headers: { rsc: '1' } });
  expect(navigation.headers()['content-type']).toContain('text/x-component');

  const officer = await playwright.request.newContext({ baseURL, storageState: storageStatePath('hoinongdan') });
  for (let i = 0; i < 2; i++) {
    const dashboard = await officer.get('/dashboard');
    expect(dashboard.status()).toBe(200);
    expect(dashboard.headers()['x-nextjs-cache']).toBeUndefined();
    expect(dashboard.headers()['cache-control']).toContain('private');
  }
  await officer.dispose();
  const anonymous = await request.get('/dashboard', { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
});

test('a target’s page charts its approved history against the target line', async ({ page }) => {
  await page.goto('/');
  await targetCard(page, '2.1.01').getByRole('link', { name: 'Tổng diện tích gieo trồng' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng diện tích gieo trồng');
  await expect(page.getByTestId('history-chart')).toBeVisible();
  await expect(page.getByTestId('chart-target-line')).toHaveCount(1);
  await expect(page.getByTestId('chart-point')).toHaveCount(1);
  const table = page.getByTestId('history-table');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr').first()).toContainText('Đã được thay bằng số liệu duyệt sau');
  await expect(table.locator('tbody tr').last()).toContainText('641,25 ha');

  await page.goto('/');
  await taskGroup(page, 6).locator('summary').click();
  await taskItem(page, 'III.6.1').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhiệm vụ III.6.1');
  await expect(page.getByTestId('history-table')).toContainText('55 %');
});

test('no request leaves the site: fonts, styles, scripts and images are all local', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) origins.add(new URL(request.url()).origin);
  });
  await page.goto('/');
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  await targetCard(page, '2.1.01').getByRole('link').click();
  await expect(page.getByTestId('history-chart')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});
