// npm start's prestart (and `npm run seed`): migrate and seed DATABASE_PATH, then tell the
// operator once what was created. Exits non-zero, having written nothing, if a resolution
// document cannot be parsed.
import { databasePath } from '../db/client';
import { config } from '../lib/config';
import { prepareDatabase } from '../db/prepare';
import { ResolutionParseError } from '../lib/resolution/errors';

function main(): number {
  const file = databasePath();
  const seedPassword = config().SEED_PASSWORD;
  let result;
  try {
    result = prepareDatabase(file, { seedPassword });
  } catch (error) {
    if (error instanceof ResolutionParseError) {
      console.error(`\nLỗi: không nhập được nghị quyết, cơ sở dữ liệu không bị thay đổi.\n${error.message}\n`);
      return 1;
    }
    console.error('Lỗi khi chuẩn bị cơ sở dữ liệu:', error);
    return 1;
  }

  console.log(`Cơ sở dữ liệu: ${file}`);
  const created = result.createdAccounts;
  if (created.length && seedPassword) {
    console.log(
      `Đã tạo ${created.length} tài khoản (${created.map((a) => a.username).join(', ')}); mật khẩu là giá trị của SEED_PASSWORD.`,
    );
  } else if (created.length) {
    const width = Math.max(...created.map((a) => a.username.length), 'Tài khoản'.length);
    const rule = `+-${'-'.repeat(width)}-+-${'-'.repeat(24)}-+`;
    console.log('\nMật khẩu ngẫu nhiên của các tài khoản vừa tạo — chỉ hiển thị MỘT LẦN, hãy lưu lại ngay:');
    console.log(rule);
    console.log(`| ${'Tài khoản'.padEnd(width)} | ${'Mật khẩu'.padEnd(24)} |`);
    console.log(rule);
    for (const a of created) console.log(`| ${a.username.padEnd(width)} | ${(a.password ?? '').padEnd(24)} |`);
    console.log(`${rule}\n`);
  }
  for (const r of result.resolutions) {
    console.log(r.created ? `Đã nhập nghị quyết năm ${r.year}.` : `Nghị quyết năm ${r.year} đã có sẵn.`);
  }
  for (const w of result.warnings) console.warn(`Cảnh báo [${w.code}]: ${w.message}`);
  return 0;
}

process.exitCode = main();
