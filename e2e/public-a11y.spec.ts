import { expect, test } from '@playwright/test';
import { storageStatePath } from './fixtures/accounts';
import { auditPage as audit } from './fixtures/axe-audit';
import { readDb } from './fixtures/approved-figures';

test.describe('public pages', () => {
  test('the summary, a filtered view and the detail pages have no WCAG 2.1 A/AA violations, in both languages', async ({
    page,
  }) => {
    const [target] = readDb<{ id: number }>("SELECT id FROM targets WHERE code = '2.1.08'");
    const [task] = readDb<{ id: number }>("SELECT id FROM tasks WHERE code = 'III.5.2'");
    for (const url of [
      '/',
      '/?category=2.1&status=no_data',
      '/?org=HDND',
      `/targets/${target!.id}`,
      `/tasks/${task!.id}`,
      '/login',
    ]) {
      await audit(page, url);
    }
    for (const url of ['/en', `/en/targets/${target!.id}`]) await audit(page, url);
  });

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

// The other forms of the app: the account page and the administrator's forms (the workflow's
// update and approval forms are audited in workflow-a11y.spec.ts).
test.describe('account and administration forms', () => {
  test('an officer’s account page has no WCAG 2.1 A/AA violations', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath('hdnd') });
    await audit(await context.newPage(), '/account');
    await context.close();
  });

  test('the administrator’s pages and forms have no WCAG 2.1 A/AA violations', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath('admin') });
    const page = await context.newPage();
    const [account] = readDb<{ id: number }>("SELECT id FROM users WHERE username = 'congdoan'");
    const [task] = readDb<{ id: number }>("SELECT id FROM tasks WHERE code = 'III.8.1'");
    for (const url of [
      '/admin',
      '/admin/accounts/new',
      `/admin/accounts/${account!.id}`,
      '/admin/assignments',
      `/admin/assignments/task/${task!.id}`,
      '/admin/warnings',
      '/admin/periods',
      '/admin/report-settings',
    ]) {
      await audit(page, url);
    }
    await context.close();
  });
});
