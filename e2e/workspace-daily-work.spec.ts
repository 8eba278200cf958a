import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import Database from 'better-sqlite3';
import { storageStatePath } from './fixtures/accounts';
import { approveFigures, readDb, revalidatePublic } from './fixtures/approved-figures';
import { e2eDatabase } from './fixtures/worker';

// Issue 13, "the daily work, made easy", as each user meets it: an officer on a phone and on a
// desk PC, a coordinating organization, the chair, the administrator and a citizen.

/** Glyphs that old office PCs without an emoji font draw as empty boxes. */
const emojiLike = /[\u231A-\u23FF\u2600-\u27BF\u{1F300}-\u{1FAFF}\u21A9\uFF1D]/u;

function subjectId(kind: 'task' | 'target', code: string): number {
  return readDb<{ id: number }>(`SELECT id FROM ${kind}s WHERE code = ?`, code)[0]!.id;
}

async function textHeight(page: Page): Promise<number> {
  return (await page.getByTestId('subject-text').boundingBox())!.height;
}

test.describe('an officer', () => {
  test.use({ storageState: storageStatePath('ubnd') });

  test('on a 360 px phone a long task paragraph folds to a few lines with “Xem toàn văn”', async ({ page }) => {
    const [task] = readDb<{ id: number; text: string }>("SELECT id, text FROM tasks WHERE code = 'III.1.1'");
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/dashboard/tasks/${task!.id}/update`);
    const text = page.getByTestId('subject-text');
    // The resolution's words are all there, exactly as written; only the view is folded.
    expect(await text.textContent()).toBe(task!.text);
    const folded = await textHeight(page);
    expect(folded).toBeLessThan(160);
    // The form starts on the first screen, not below the whole paragraph.
    await expect(page.getByLabel('Kỳ báo cáo')).toBeInViewport();
    const toggle = page.getByText('Xem toàn văn');
    await expect(toggle).toBeVisible();
    await toggle.click();
    expect(await textHeight(page)).toBeGreaterThan(folded * 3);
    await expect(page.getByText('Thu gọn')).toBeVisible();
    await page.getByText('Thu gọn').click();
    expect(await textHeight(page)).toBeLessThan(160);

    // On a desk PC the whole paragraph shows, with no toggle.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByText('Xem toàn văn')).toBeHidden();
    expect(await textHeight(page)).toBeGreaterThan(folded);
  });

  test('status icons are drawn as SVG, not emoji', async ({ page }) => {
    const [period] = readDb<{ code: string }>(
      `SELECT code FROM reporting_periods WHERE due_on < date('now') ORDER BY due_on DESC LIMIT 1`,
    );
    const sqlite = new Database(e2eDatabase());
    try {
      sqlite.pragma('busy_timeout = 10000');
      const { insertUpdate } = await import('../test/update-rows');
      insertUpdate(sqlite, {
        kind: 'task',
        subjectCode: 'III.4.1',
        period: period!.code,
        state: 'returned',
        taskStatus: 'on_track',
        progress: 50,
        narrative: 'Bản nháp để kiểm tra biểu tượng',
        returnReason: 'Bổ sung số liệu diễn tập.',
      });
    } finally {
      sqlite.close();
    }
    await page.goto('/dashboard');
    const notice = page.getByTestId('notice-returned');
    await expect(notice.locator('svg[data-icon="returned"]')).toHaveCount(1);
    const badge = page.getByTestId('returned-updates').locator('.ws-badge[data-state="returned"]').first();
    await expect(badge).toHaveText('Bị trả lại');
    const icon = await badge.evaluate((el) => {
      const style = getComputedStyle(el, '::before');
      return { mask: style.maskImage || style.webkitMaskImage, width: style.width };
    });
    expect(icon.mask).toContain('data:image/svg+xml');
    expect(icon.width).toBe('16px');
    expect(await page.locator('main').innerText()).not.toMatch(emojiLike);
  });
});

test.describe('a coordinating organization', () => {
  test('sees its own approved contribution, and the public task page shows it as a contribution', async ({
    browser,
    baseURL,
  }) => {
    await approveFigures(baseURL!, [
      {
        kind: 'task',
        subjectCode: 'III.8.1',
        period: '2023-Q3',
        org: 'HCCB',
        taskStatus: 'on_track',
        progress: 60,
        narrative: 'Hội Cựu chiến binh đã tổ chức đại hội 4/6 chi hội.',
      },
    ]);
    const page = await (await browser.newContext({ storageState: storageStatePath('hoicuuchienbinh') })).newPage();
    await page.goto('/dashboard');
    const card = page.getByTestId('task-III.8.1');
    await expect(card.getByTestId('own-contribution')).toContainText('Phần đóng góp của đơn vị đã duyệt:');
    await expect(card.getByTestId('own-contribution')).toContainText('60 % hoàn thành · Quý III/2023');
    await expect(card).toContainText('Số liệu chính thức (đơn vị chủ trì)');
    await expect(card).toContainText('số liệu chính thức là báo cáo của đơn vị chủ trì');
    await page.context().close();

    const citizen = await (await browser.newContext()).newPage();
    await citizen.goto(`/tasks/${subjectId('task', 'III.8.1')}`);
    const contributions = citizen.getByRole('region', { name: 'Đóng góp của đơn vị phối hợp' });
    await expect(contributions).toContainText('số liệu chính thức của nhiệm vụ là báo cáo của đơn vị chủ trì');
    const hccb = contributions.getByTestId('contribution').filter({ hasText: 'Hội Cựu chiến binh' });
    await expect(hccb).toContainText('60 %');
    await expect(hccb).toContainText('Quý III/2023');
    await expect(hccb).toContainText('đã tổ chức đại hội 4/6 chi hội');
    // Not the official figure: the task's own history holds the lead's updates only.
    await expect(citizen.locator('section[aria-labelledby="history-heading"]')).not.toContainText('4/6 chi hội');
    await citizen.context().close();
  });
});

test.describe('the chair', () => {
  test.use({ storageState: storageStatePath('bithu') });

  test('“Tổng quan các đơn vị” opens the overview with its chart of updates by state', async ({ page }) => {
    await page.goto('/approvals');
    const nav = page.getByRole('navigation', { name: /./ }).filter({ hasText: 'Duyệt báo cáo' });
    await expect(nav.getByRole('link', { name: 'Công việc của đơn vị' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Tổng quan các đơn vị' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    const chart = page.getByTestId('overview-chart');
    await expect(chart).toContainText('Báo cáo năm 2023 của từng đơn vị, theo trạng thái');
    for (const word of ['Đã duyệt', 'Chờ duyệt', 'Bị trả lại', 'Đang soạn']) await expect(chart).toContainText(word);
    await expect(chart.locator('[data-testid^="chart-"]')).toHaveCount(9);
    // A row is only its coloured parts (no stray track or tick from the public pages' bar).
    const track = await chart
      .locator('.stack')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(track).toBe('rgba(0, 0, 0, 0)');
    // The chart says what the table says: UBND's waiting updates, in words for a screen reader.
    const waiting = (await page.getByTestId('overview-UBND').locator('td').nth(1).innerText()).trim();
    await expect(page.getByTestId('chart-UBND')).toContainText(`${waiting} chờ duyệt`);
    const approved = readDb<{ n: number }>(
      `SELECT count(*) AS n FROM updates u JOIN organizations o ON o.id = u.organization_id
        WHERE o.code = 'UBND' AND u.state = 'approved'`,
    )[0]!.n;
    await expect(page.getByTestId('chart-UBND')).toContainText(`${approved} đã duyệt`);
  });
});

test.describe('a citizen', () => {
  test('reads the bound once in words and where it comes from in the resolution', async ({ page }) => {
    await page.goto(`/targets/${subjectId('target', '2.1.10')}`);
    const bound = page.locator('.facts dd').first();
    await expect(bound).toHaveText('đạt ít nhất 91,01 %');
    await expect(page.getByText('Nguồn: Nghị quyết, mục II.2.1, chỉ tiêu thứ 10')).toBeVisible();
    await page.goto(`/tasks/${subjectId('task', 'III.3.2')}`);
    await expect(page.getByText('Nguồn: Nghị quyết, mục III.3, đoạn thứ 2')).toBeVisible();
    await page.goto(`/targets/${subjectId('target', '2.1.08')}`);
    await expect(page.locator('.facts dd').first()).toHaveText('không vượt quá 1,25 %');
  });

  test('sees the office’s correction of a typo beside the resolution’s own words', async ({ page, baseURL }) => {
    const sqlite = new Database(e2eDatabase());
    try {
      sqlite.pragma('busy_timeout = 10000');
      sqlite
        .prepare("UPDATE targets SET errata = 'Tỷ lệ hộ dân đăng ký tham gia đổ rác thải' WHERE code = '2.1.13'")
        .run();
    } finally {
      sqlite.close();
    }
    await revalidatePublic(baseURL!);
    await page.goto(`/targets/${subjectId('target', '2.1.13')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỷ lệ hộ dân đăng ký tham gia đồ rác thải');
    const errata = page.getByTestId('errata');
    await expect(errata).toContainText('Đính chính: Tỷ lệ hộ dân đăng ký tham gia đổ rác thải');
    await expect(errata).toContainText('Văn bản gốc có lỗi đánh máy');
  });
});

test.describe('the administrator', () => {
  test.use({ storageState: storageStatePath('admin') });

  test('marks an import warning as handled, and the banner goes', async ({ page }) => {
    const open = () =>
      readDb<{ w: string }>('SELECT import_warnings AS w FROM resolutions').flatMap(
        (r) => JSON.parse(r.w) as { handledAt?: number }[],
      );
    await page.goto('/admin');
    await expect(page.getByTestId('warnings-banner').locator('svg[data-icon="warning"]')).toHaveCount(1);
    await page.getByRole('link', { name: 'Xem cảnh báo' }).click();
    const warning = page.getByTestId('import-warning').filter({ hasText: 'hộ nghèo' });
    await warning.getByRole('button', { name: 'Đánh dấu đã xử lý' }).click();
    await expect(page.getByTestId('handled-warnings')).toBeVisible();
    await expect(page.getByTestId('import-warning').filter({ hasText: 'hộ nghèo' })).toHaveCount(0);
    await page.getByTestId('handled-warnings').locator('summary').click();
    await expect(page.getByTestId('handled-warning').filter({ hasText: 'hộ nghèo' })).toContainText('Đã xử lý ngày');
    const audit = readDb<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'import_warning.handled'");
    expect(audit[0]!.n).toBeGreaterThan(0);
    if (open().every((w) => w.handledAt)) {
      await expect(page.getByTestId('warnings-all-handled')).toBeVisible();
      await page.goto('/admin');
      await expect(page.getByTestId('warnings-banner')).toHaveCount(0);
    }
  });
});
