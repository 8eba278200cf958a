// 15.10: a made-up `org=` value is not a page of its own. Only the ward's organizations are filter
// values; any other code is dropped before the cache is asked, so `/?org=ZZZQX` is served the
// page without it, from the entry that page already has: nothing new is rendered or kept.
import { expect, test, type APIRequestContext } from '@playwright/test';

const made = () =>
  Array.from({ length: 5 + Math.floor(Math.random() * 7) }, () =>
    String.fromCharCode(65 + Math.floor(Math.random() * 26)),
  ).join('');

async function get(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  const body = await response.text();
  return {
    status: response.status(),
    cache: response.headers()['x-nextjs-cache'] ?? null,
    // The filter form's organization choice as rendered.
    org: /<option value="([A-Z]*)" selected=""/.exec(body)?.[1] ?? 'all',
  };
}

test('a made-up organization code is served the cached page without it, rendering nothing new', async ({ request }) => {
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
      expect(answer.status, withCode(code)).toBe(200);
      // From the canonical page's entry: a new code is no new render, no new entry.
      expect(answer.cache, withCode(code)).toBe('HIT');
      expect(answer.org, withCode(code)).toBe('all');
    }
  }
});

test('a real organization code is still a filtered page', async ({ request }) => {
  const answer = await get(request, '/?org=UBND');
  expect(answer.status).toBe(200);
  expect(answer.org).toBe('UBND');
});
