import { expect, test } from './fixtures/test';
import { storageStatePath } from './fixtures/accounts';
import { auditPage as audit } from './fixtures/axe-audit';
import { readDb } from './fixtures/approved-figures';

const targetId = () => readDb<{ id: number }>("SELECT id FROM targets WHERE code = '2.1.08'")[0]!.id;
const taskId = () => readDb<{ id: number }>("SELECT id FROM tasks WHERE code = 'III.5.2'")[0]!.id;

// One test per page: each audit has the whole time of a test, however loaded the machine is.
test.describe('public pages', () => {
  for (const [name, url] of [
    ['the summary', () => '/'],
    ['a filtered view', () => '/?category=2.1&status=no_data'],
    ['an organization’s view', () => '/?org=HDND'],
    ['a target', () => `/targets/${targetId()}`],
    ['a task', () => `/tasks/${taskId()}`],
    ['the login page', () => '/login'],
    ['the summary in English', () => '/en'],
    ['a target in English', () => `/en/targets/${targetId()}`],
  ] as const) {
    test(`${name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      await audit(page, url());
    });
  }

  // A screen reader user moves through a page by its headings: a task's heading right under
  // "Nhiệm vụ" was an h4 under an h2. axe's heading-order rule is best practice, outside the WCAG
  // tags the audits run, so it is checked here.
  for (const url of ['/', '/en']) {
    test(`the headings of ${url} never skip a level`, async ({ page }) => {
      await page.goto(url);
      const skips = await page.evaluate(() => {
        const found: string[] = [];
        let previous = 0;
        for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
          const level = Number(h.tagName[1]);
          if (previous && level > previous + 1) found.push(`h${previous} → h${level} ${h.textContent?.trim()}`);
          previous = level;
        }
        return found;
      });
      expect(skips).toEqual([]);
    });
  }

  test('the page is usable with the keyboard: skip link first, then the header', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('the summary fits a 360 px phone without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The first screen answers the question: the five counts are above the fold.
    const box = await page.getByTestId('status-counts').boundingBox();
    expect(box!.y + box!.height).toBeLessThan(740);
    await context.close();
  });
});

test.describe('the chair’s report form', () => {
  test.use({ storageState: storageStatePath('bithu') });
  test('the report form and the printable report have no WCAG 2.1 A/AA violations', async ({ page }) => {
    await audit(page, '/reports');
    await audit(page, '/reports/print?period=H1');
  });
});
