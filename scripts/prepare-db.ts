// `npm run seed`: migrate and seed DATABASE_PATH (the server does the same when it starts), then
// tell the operator once what was created. Exits non-zero, having written nothing, if a resolution
// document cannot be parsed.
import { databasePath } from '../db/client';
import { prepareDatabase } from '../db/prepare';
import { describePreparation } from '../db/describe-preparation';
import { ResolutionParseError } from '../lib/resolution/errors';
import { config } from '../lib/config';

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
  for (const line of describePreparation(file, result, seedPassword)) console.log(line);
  for (const w of result.warnings) console.warn(`Cảnh báo [${w.code}]: ${w.message}`);
  return 0;
}

process.exitCode = main();
