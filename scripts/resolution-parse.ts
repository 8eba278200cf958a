// `npm run -s resolution:parse -- FILE`: the draft of a .txt/.md/.docx resolution as JSON on stdout.
// `npm run -s resolution:parse -- --targets FILE`: one target statement per line; a JSON array with
// one reading per non-empty line, in order. Exit 1 with a message on stderr when FILE cannot be
// read or is not a resolution; exit 2 on a wrong command line. Nothing else is written on stdout.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseResolutionFile, readResolutionFile, readTargetLine, ResolutionReadError } from '../lib/resolution';

const usage = 'Cách dùng: npm run -s resolution:parse -- [--targets] TỆP (.txt, .md hoặc .docx)';

async function main(args: string[]): Promise<number> {
  const targets = args[0] === '--targets';
  const files = targets ? args.slice(1) : args;
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const file = files[0]!;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không có tệp này' : code === 'EISDIR' ? 'đây là một thư mục' : String(code);
    process.stderr.write(`Lỗi: không đọc được tệp “${file}”: ${why}.\n`);
    return 1;
  }
  const name = path.basename(file);
  try {
    const output = targets
      ? (await readResolutionFile(bytes, name)).text
          .replace(/^\uFEFF/u, '')
          .split(/\r?\n|\r/u)
          .filter((l) => l.trim())
          .map((l) => readTargetLine(l))
      : (await parseResolutionFile(bytes, name)).draft;
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ResolutionReadError) {
      process.stderr.write(`Lỗi: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi không mong đợi khi đọc nghị quyết: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
