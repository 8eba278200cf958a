// What the start-up preparation tells the operator: the database used, the accounts it created
// (with their one-time random passwords) and the resolutions imported. Used by `npm run seed`
// and by the server's start (instrumentation-node.ts), so a first `npm start` shows them too.
import type { SeedResult } from './seed/seed';

export function describePreparation(file: string, result: SeedResult, seedPassword: string | undefined): string[] {
  const lines = [`Cơ sở dữ liệu: ${file}`];
  const created = result.createdAccounts;
  if (created.length && seedPassword) {
    lines.push(
      `Đã tạo ${created.length} tài khoản (${created.map((a) => a.username).join(', ')}); mật khẩu là giá trị của SEED_PASSWORD.`,
    );
  } else if (created.length) {
    const width = Math.max(...created.map((a) => a.username.length), 'Tài khoản'.length);
    const rule = `+-${'-'.repeat(width)}-+-${'-'.repeat(24)}-+`;
    lines.push('', 'Mật khẩu ngẫu nhiên của các tài khoản vừa tạo — chỉ hiển thị MỘT LẦN, hãy lưu lại ngay:', rule);
    lines.push(`| ${'Tài khoản'.padEnd(width)} | ${'Mật khẩu'.padEnd(24)} |`, rule);
    for (const a of created) lines.push(`| ${a.username.padEnd(width)} | ${(a.password ?? '').padEnd(24)} |`);
    lines.push(rule, '');
  }
  for (const r of result.resolutions) {
    lines.push(r.created ? `Đã nhập nghị quyết năm ${r.year}.` : `Nghị quyết năm ${r.year} đã có sẵn.`);
  }
  return lines;
}
