// The largest request body the app accepts, written once: deploy/nginx/body-limit.conf says it to
// nginx (client_max_body_size) and this reads the same line for Next (next.config.js). Kept in
// CommonJS so next.config.js can require it.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const confFile = path.join(__dirname, 'deploy/nginx/body-limit.conf');
const declared = /^client_max_body_size\s+(\d+)m;/m.exec(readFileSync(confFile, 'utf8'));
if (!declared) throw new Error('deploy/nginx/body-limit.conf must say: client_max_body_size <N>m;');

/** In megabytes as nginx counts them (1m = 1024 × 1024 bytes, as Next's '11mb'). */
const bodyLimitMb = Number(declared[1]);
const bodyLimitBytes = bodyLimitMb * 1024 * 1024;

/**
 * A regular expression (anchored by Next, as every `has` value is) for a Content-Length header
 * larger than `limit` bytes: more digits than the limit has, or as many and a larger number.
 * Leading zeros are allowed, since Node's parser accepts them.
 */
function contentLengthAbove(limit) {
  const digits = String(limit);
  const longer = `[1-9]\\d{${digits.length},}`;
  const sameLength = [];
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[i]);
    if (digit === 9) continue;
    const rest = digits.length - i - 1;
    sameLength.push(`${digits.slice(0, i)}[${digit + 1}-9]${rest ? `\\d{${rest}}` : ''}`);
  }
  return `0*(?:${[longer, ...sameLength].join('|')})`;
}

module.exports = { bodyLimitMb, bodyLimitBytes, contentLengthAbove };
