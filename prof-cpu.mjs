// Renderer+browser+gpu CPU for N fresh-context loads of a few pages, with given extra args.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
const extra = process.argv.slice(2);
const cpuOf = (pid) => { try { return Number(execSync(`ps --no-headers -o cputimes --ppid ${pid} -o cputimes --pid ${pid} | awk '{s+=$1} END{print s}'`).toString()); } catch { return 0; } };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox', '--disable-gpu', ...extra] });
const t0 = performance.now();
let ticks = 0;
for (let i = 0; i < 12; i++) for (const url of ['/', '/login', '/en', '/chi-tieu/1']) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4400' + url, { waitUntil: 'load' });
  await page.waitForTimeout(200);
  await ctx.close();
}
const wall = performance.now() - t0;
// Sum CPU of every chromium process still alive is not enough (renderers exit): use /proc/self children totals instead.
await browser.close();
const ru = process.resourceUsage();
console.log(extra.join(' ') || '(none)', 'wall', wall | 0, 'ms');
