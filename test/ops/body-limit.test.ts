// The body limit is written once (deploy/nginx/body-limit.conf); proxy.ts's matcher has to be a
// literal for Next to read it at build time, so this holds its copy equal to the one derived from
// the conf, and checks the derived expression on both sides of the limit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config as proxyConfig } from '@/proxy';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bodyLimitBytes, bodyLimitMb, contentLengthAbove } = require('../../body-limit.js') as {
  bodyLimitBytes: number;
  bodyLimitMb: number;
  contentLengthAbove: (limit: number) => string;
};

const anchored = (source: string) => new RegExp(`^${source}$`);

describe('the body limit', () => {
  it('is the nginx snippet’s number', () => {
    const conf = readFileSync(path.join(__dirname, '../../deploy/nginx/body-limit.conf'), 'utf8');
    expect(conf).toMatch(new RegExp(`^client_max_body_size ${bodyLimitMb}m;$`, 'm'));
    expect(bodyLimitBytes).toBe(bodyLimitMb * 1024 * 1024);
  });

  it.each(proxyConfig.matcher.map((entry, i) => [i, entry] as const))(
    'is the one proxy.ts skips requests above, and those of undeclared length (matcher %i)',
    (_, entry) => {
      expect(entry.missing).toContainEqual({
        type: 'header',
        key: 'content-length',
        value: contentLengthAbove(bodyLimitBytes),
      });
      expect(entry.missing).toContainEqual({ type: 'header', key: 'transfer-encoding' });
    },
  );

  it.each([0, 1, 9, 10, 99, 1000, 11_534_336, 10_000_000, 99_999_999])(
    'matches exactly the lengths above %i bytes',
    (limit) => {
      const above = anchored(contentLengthAbove(limit));
      for (const n of [0, 1, limit - 1, limit, limit + 1, limit + 9, limit + 10, limit * 10 + 7, 10 ** 12]) {
        if (n < 0) continue;
        expect(above.test(String(n)), `${n}`).toBe(n > limit);
        expect(above.test(`000${n}`), `000${n}`).toBe(n > limit);
      }
      expect(above.test('')).toBe(false);
      expect(above.test('12x')).toBe(false);
    },
  );
});
