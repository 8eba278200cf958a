// 15.10: a made-up `org=` value is not a page of its own. Only the ward's organizations are filter
// values; a request with any other value is sent, with one redirect, to the canonical page (the
// same query without it), which is served from the entry it already has: nothing new is rendered
// or kept, by the app or by a cache in front of it.
import { type APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures/test';

const made = () =>
  Array.from({ length: 5 + Math.floor(Math.random() * 7) }, () =>
    String.fromCharCode(65 + Math.floor(Math.random() * 26)),
  ).join('');

async function get(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  const body = await response.text();
  return {
    status: response.status(),
    locations: response.headersArray().filter((h) => h.name.toLowerCase() === 'location'),
    cache: response.headers()['x-nextjs-cache'] ?? null,
    // The filter form's organization choice as rendered.
    org: /<option value="([A-Z]*)" selected=""/.exec(body)?.[1] ?? 'all',
  };
}

test('a made-up organization code is sent once to the canonical page, which renders nothing new', async ({
  request,
  baseURL,
}) => {
  for (const [canonical, withCode] of [
    ['/', (code: string) => `/?org=${code}`],
    ['/?status=met', (code: string) => `/?org=${code}&status=met`],
    ['/?category=2.1', (code: string) => `/?category=2.1&org=${code}`],
    ['/en', (code: string) => `/en?org=${code}`],
  ] as const) {
    // The canonical page, rendered once and kept.
    await get(request, canonical);
    expect((await get(request, canonical)).cache, canonical).toBe('HIT');
    for (let i = 0; i < 3; i++) {
      const code = made();
      const answer = await get(request, withCode(code));
      expect(answer.status, withCode(code)).toBe(308);
      // One Location header, to the page without the made-up value.
      expect(
        answer.locations.map((h) => new URL(h.value, baseURL).href),
        withCode(code),
      ).toEqual([new URL(canonical, baseURL).href]);
      const landed = await get(request, canonical);
      expect(landed.cache, canonical).toBe('HIT');
      expect(landed.org, canonical).toBe('all');
    }
  }
});

test("a real organization code, and the form's “all”, are still filtered pages without a redirect", async ({
  request,
}) => {
  const answer = await get(request, '/?org=UBND');
  expect(answer.status).toBe(200);
  expect(answer.org).toBe('UBND');
  const form = await get(request, '/?category=all&org=all&status=met');
  expect(form.status).toBe(200);
});
