import { type APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { readDb } from './fixtures/approved-figures';

// The language is in the URL: Vietnamese at the path, English under /en. Nothing a visitor sends
// (a cookie above all) changes what a URL serves, so no visitor can poison a cache for the next.

async function htmlLang(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const response = await request.get(url, { headers, maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  return /<html lang="([a-z]+)"/.exec(await response.text())?.[1];
}

test('a URL serves one language whatever cookies this or an earlier visitor sent (15.3)', async ({ request }) => {
  const [target] = readDb<{ id: number }>("SELECT id FROM targets WHERE code = '2.1.08'");
  const pages = ['/', '/?status=met', `/targets/${target!.id}`, '/login'];
  const poisons = ['lang=en', 'lang=%65n', 'lang=en; lang=vi', 'lang=vi; lang=en', 'lang="en"', 'lang=EN'];
  for (const path of pages) {
    const english = path === '/' ? '/en' : path.startsWith('/?') ? `/en${path.slice(1)}` : `/en${path}`;
    for (const cookie of poisons) {
      expect(await htmlLang(request, path, { cookie }), `${path} with ${cookie}`).toBe('vi');
      // The next visitor, without any cookie, gets the page of the URL.
      expect(await htmlLang(request, path), `${path} after ${cookie}`).toBe('vi');
      expect(await htmlLang(request, english, { cookie: cookie.replace(/en|%65n|EN/g, 'vi') })).toBe('en');
      expect(await htmlLang(request, english)).toBe('en');
    }
  }
});

test('the language switch is a link to the same page in the other language', async ({ page }) => {
  const [target] = readDb<{ id: number }>("SELECT id FROM targets WHERE code = '2.1.08'");
  await page.goto(`/targets/${target!.id}`);
  await expect(page.getByTestId('language-switch')).toHaveAttribute('href', `/en/targets/${target!.id}`);
  await page.goto('/en?org=UBND');
  await expect(page.getByTestId('language-switch')).toHaveAttribute('href', '/?org=UBND');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/\?org=UBND$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  expect(await page.context().cookies()).not.toContainEqual(expect.objectContaining({ name: 'lang' }));
});

test("Next's internal paths are not a second address of a page", async ({ request }) => {
  const redirects: [string, string][] = [
    ['/vi', '/'],
    ['/vi/targets/1', '/targets/1'],
    ['/vi/dashboard?x=1', '/dashboard?x=1'],
    ['/filter/all_UBND_all', '/?org=UBND'],
    ['/en/filter/2.1_all_met', '/en?category=2.1&status=met'],
    ['/filter/nonsense', '/'],
  ];
  for (const [from, to] of redirects) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    const location = new URL(response.headers()['location']!, 'http://site.invalid');
    expect(`${location.pathname}${location.search}`, from).toBe(to);
  }
});

test('an English workspace page sends a signed-out visitor to the English login and back', async ({ request }) => {
  const response = await request.get('/en/approvals?status=submitted', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  const location = new URL(response.headers()['location']!, 'http://site.invalid');
  expect(location.pathname).toBe('/en/login');
  expect(location.searchParams.get('callbackUrl')).toBe('/en/approvals?status=submitted');
  expect(await htmlLang(request, '/en/login')).toBe('en');
});
