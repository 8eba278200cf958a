import { type Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { common } from '../lib/i18n/messages/common';
import { publicText } from '../lib/i18n/messages/public';
import { approveFigures } from './fixtures/approved-figures';
import { targetBound, targetCard, targetCards, targetLatest, targetStatus, taskGroups } from './fixtures/summary-page';

// This spec's own figure: target 2.2.02 (not met at year end).
test.beforeAll(async ({ baseURL }) => {
  await approveFigures(baseURL!, [{ kind: 'target', subjectCode: '2.2.02', period: '2023-Q4', value: 70.5 }]);
});

const rows = (page: Page) => targetCards(page);

test('filters narrow the targets, live in the URL and survive a reload', async ({ page }) => {
  await page.goto('/');
  await expect(rows(page)).toHaveCount(19);
  await page.getByRole('combobox', { name: 'Lĩnh vực' }).selectOption('2.2');
  await page.getByTestId('filter-apply').click();
  await expect(page).toHaveURL(/[?&]category=2\.2/);
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByTestId('filter-showing')).toContainText('Đang hiển thị 3/19 chỉ tiêu.');
  await page.reload();
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByRole('combobox', { name: 'Lĩnh vực' })).toHaveValue('2.2');

  await page.getByRole('combobox', { name: 'Tình trạng' }).selectOption('not_met');
  await page.getByTestId('filter-apply').click();
  await expect(page).toHaveURL(/status=not_met/);
  await expect(targetCard(page, '2.2.02')).toBeVisible();
  for (const row of await rows(page).all()) await expect(row).toHaveAttribute('data-status', 'not_met');

  // The organization filter narrows the tasks too: the People's Council leads group 6 only and no target.
  await page.goto('/?org=HDND');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByTestId('filter-none')).toBeVisible();
  await expect(taskGroups(page)).toHaveCount(1);
  await expect(taskGroups(page)).toHaveAttribute('data-number', '6');
  await page.getByTestId('filter-clear').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(rows(page)).toHaveCount(19);
});

test('a count opens the targets in that state', async ({ page }) => {
  await page.goto('/');
  const n = await page.getByTestId('count-not_met').getByTestId('count-value').textContent();
  await page.getByTestId('count-not_met').click();
  await expect(page).toHaveURL(/\?status=not_met$/);
  await expect(rows(page)).toHaveCount(Number(n));
});

test('the filter form works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Đơn vị' }).selectOption('DU');
  await page.getByTestId('filter-apply').click();
  await expect(page).toHaveURL(/org=DU/);
  await expect(rows(page)).toHaveCount(3);
  await context.close();
});

/** Text the page shows as interface (not the resolution's own Vietnamese words, marked lang="vi"). */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (!el || el.closest('[lang="vi"], script, style, template, noscript')) continue;
      out.push(walker.currentNode.textContent ?? '');
    }
    return out.join('\n');
  });
}

function fragments(table: Record<string, string>): string[] {
  return Object.values(table)
    .flatMap((s) => s.split(/\{\w+\}/))
    .map((s) =>
      s
        .trim()
        .replace(/^[.,:;·—–-]+|[.,:;·—–-]+$/g, '')
        .trim(),
    )
    .filter((s) => s.length >= 3 && /\p{L}/u.test(s));
}

test('the English switch changes every label, numbers and dates follow the language', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Progress of the 2023 resolution');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress of the 2023 resolution');
  await expect(targetBound(targetCard(page, '2.1.05'), 'en')).toContainText('at least 89.61 %');
  await expect(targetBound(targetCard(page, '2.1.08'), 'en')).toContainText('at most 1.25 %');
  await expect(targetLatest(targetCard(page, '2.2.02'), 'en')).toContainText('70.5 % (official)');
  await expect(targetLatest(targetCard(page, '2.2.02'), 'en')).toContainText('Q4 2023, approved');
  await expect(targetStatus(targetCard(page, '2.2.02'))).toHaveText('Not met');

  const text = await interfaceText(page);
  const leftovers = [...fragments(publicText.vi), ...fragments(common.vi)].filter(
    (f) => text.includes(f) && !fragments(publicText.en).includes(f),
  );
  expect(leftovers).toEqual([]);
  for (const label of [
    'Filter the targets',
    'Tasks and solutions',
    'Download the data',
    'Compared with 2022',
    'Main targets',
  ])
    expect(text).toContain(label);

  // The links of an English page stay English: a filtered view and a detail page.
  await page.getByTestId('count-not_met').click();
  await expect(page).toHaveURL(/\/en\?status=not_met$/);
  await expect(page.getByTestId('filter-showing')).toContainText('Showing');
  await targetCard(page, '2.2.02').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'History of approved figures' })).toBeVisible();
  await expect(page.getByTestId('history-table')).toContainText('Q4 2023');
  const detail = await interfaceText(page);
  expect(
    [...fragments(publicText.vi)].filter((f) => detail.includes(f) && !fragments(publicText.en).includes(f)),
  ).toEqual([]);

  await expect(page).toHaveURL(/\/en\/targets\/\d+$/);
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/targets\/\d+$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { name: 'Diễn biến số liệu đã duyệt' })).toBeVisible();
});
