import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { storageStatePath } from './fixtures/accounts';
import { approveFigures, readDb } from './fixtures/approved-figures';

// The screenshots of docs/screenshots (referenced from the README), taken as the users see the
// pages: the officer's dashboard, the chair's queue right after a decision, a target page with its
// chart, each at 360 px (a phone) and 1280 px (an office PC). By default they go to
// test-results/screenshots; `SCREENSHOTS_DIR=docs/screenshots npx playwright test
// e2e/workspace-screenshots.spec.ts` refreshes the committed ones. Each page is checked first:
// nothing wider than the screen, and the piece the picture is about in view.
test.describe.configure({ mode: 'serial' });

const dir = path.resolve(process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots');
const widths = [360, 1280] as const;

async function shoot(page: Page, name: string, width: number, fullPage = false): Promise<void> {
  // No sideways scrolling at either width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage });
}

test.beforeAll(async ({ baseURL }) => {
  // The near-poor household rate (a ceiling, 3,76 %): two approved quarters, the third waiting;
  // and a task update that stays in the queue after the decision.
  await approveFigures(baseURL!, [
    { kind: 'target', subjectCode: '2.1.09', period: '2023-Q1', value: 3.71 },
    { kind: 'target', subjectCode: '2.1.09', period: '2023-Q2', value: 3.62 },
    {
      kind: 'target',
      subjectCode: '2.1.09',
      period: '2023-Q3',
      value: 3.48,
      state: 'submitted',
      note: 'Rà soát quý III',
    },
    {
      kind: 'task',
      subjectCode: 'III.1.1',
      period: '2023-Q3',
      state: 'submitted',
      taskStatus: 'on_track',
      progress: 75,
      narrative: 'Thu ngân sách đạt 78 % dự toán; đã hoàn thành chỉnh trang 2 tuyến đường.',
    },
  ]);
});

for (const width of widths) {
  test(`the officer's dashboard at ${width} px`, async ({ browser }) => {
    const context = await browser.newContext({
      storageState: storageStatePath('ubnd'),
      viewport: { width, height: width === 360 ? 780 : 900 },
    });
    const page = await context.newPage();
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ủy ban nhân dân phường');
    await expect(page.locator('#returned-title')).toBeInViewport();
    await shoot(page, 'officer-dashboard', width);
    await context.close();
  });
}

test('the chair’s queue after a decision, at 1280 and 360 px', async ({ browser }) => {
  const [update] = readDb<{ id: number }>(
    `SELECT u.id FROM updates u JOIN targets t ON t.id = u.target_id
      WHERE t.code = '2.1.09' AND u.state = 'submitted' ORDER BY u.id DESC LIMIT 1`,
  );
  const context = await browser.newContext({
    storageState: storageStatePath('bithu'),
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto('/approvals');
  const item = page.getByTestId(`queue-item-${update!.id}`);
  await item.getByRole('button', { name: 'Duyệt', exact: true }).click();
  const banner = page.getByTestId('decision-banner');
  await expect(banner).toContainText('Đã duyệt và công bố báo cáo:');
  await expect(banner).toContainText('2.1.09');
  await shoot(page, 'chair-queue-after-decision', 1280);
  // The same confirmation on a phone (it stays until the chair dismisses it).
  await page.setViewportSize({ width: 360, height: 780 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(banner).toBeInViewport();
  await shoot(page, 'chair-queue-after-decision', 360);
  await context.close();
});

for (const width of widths) {
  test(`a target page with its chart at ${width} px`, async ({ browser }) => {
    const [target] = readDb<{ id: number }>("SELECT id FROM targets WHERE code = '2.1.09'");
    const context = await browser.newContext({ viewport: { width, height: width === 360 ? 780 : 900 } });
    const page = await context.newPage();
    await page.goto(`/targets/${target!.id}`);
    const chart = page.getByTestId('history-chart');
    await expect(chart).toBeVisible();
    await expect(page.getByTestId('history-table').locator('tbody tr')).toHaveCount(3);
    // The whole page: the bound, the result, the chart and its table.
    await shoot(page, 'target-page-chart', width, true);
    await context.close();
  });
}
