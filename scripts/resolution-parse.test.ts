// The command as the contract states it (DESIGN.md, "Over the years"), run the way a user runs it:
// `npm run -s resolution:parse -- FILE` and `… -- --targets FILE`. Only JSON on stdout; a failure
// is exit 1 with a message on stderr and nothing on stdout.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseResolutionText, readTargetLine } from '../lib/resolution';
import { resolutionDocx } from '../test/fixtures/resolution-docx';

const root = mkdtempSync(path.join(tmpdir(), 'resolution-parse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const seed2023 = path.resolve('db/seed/resolutions/2023.txt');
const fixture2024 = path.resolve('test/fixtures/resolution-2024.txt');

function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', 'resolution:parse', '--', ...args], { cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function file(name: string, content: string | Buffer): string {
  const at = path.join(root, name);
  writeFileSync(at, content);
  return at;
}

describe('npm run -s resolution:parse -- FILE', () => {
  it('prints the draft of a .txt as JSON, nothing else', async () => {
    const result = await run(seed2023);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const draft = JSON.parse(result.stdout);
    expect(draft).toEqual(parseResolutionText(readFileSync(seed2023, 'utf8')));
    expect(Object.keys(draft)).toEqual(['resolution', 'review', 'targets', 'taskGroups', 'warnings']);
    expect(draft.resolution).toMatchObject({ year: 2023, heldOn: '2022-12-27', conferenceNumber: 34 });
    expect(draft.targets[7]).toMatchObject({
      code: '2.1.08',
      category: '2.1',
      name: 'Tỷ lệ hộ nghèo',
      targetValue: 1.25,
      targetHigh: null,
      unit: '%',
      direction: 'max',
      extra: null,
      line: 34,
    });
    expect(draft.taskGroups[2].tasks[1]).toMatchObject({ code: 'III.3.2', line: 62 });
    expect(draft.warnings.find((w: { code: string }) => w.code === 'figure-conflict')).toMatchObject({
      line: 64,
      lines: [64, 34],
    });
  }, 60_000);

  it('reads a .docx', async () => {
    const docx = file('nghi-quyet-2024.docx', await resolutionDocx(readFileSync(fixture2024, 'utf8')));
    const result = await run(docx);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const draft = JSON.parse(result.stdout);
    expect(draft.resolution.year).toBe(2024);
    expect(draft.targets).toHaveLength(19);
    expect(draft.taskGroups.flatMap((g: { tasks: unknown[] }) => g.tasks)).toHaveLength(14);
  }, 60_000);

  // Independent processes: run side by side.
  it.concurrent.each([
    ['a missing file', () => path.join(root, 'khong-co.txt'), /không có tệp này/u],
    ['a directory', () => root, /thư mục/u],
    ['an empty file', () => file('trong.txt', ''), /trống/u],
    ['a JPEG renamed to .docx', () => file('anh.docx', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])), /ảnh JPEG/u],
    [
      'a text that is not a resolution',
      () => file('bien-ban.txt', 'BIÊN BẢN\n\nHọp chi bộ.\n'),
      /không phải là một nghị quyết/u,
    ],
    ['an unsupported type', () => file('nq.pdf', '%PDF-1.7'), /chỉ nhận tệp Word/u],
  ])(
    'exits 1 with a message on stderr for %s',
    async (_what, make, message) => {
      const result = await run(make());
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^Lỗi: /u);
      expect(result.stderr).toMatch(message);
    },
    60_000,
  );

  it('exits 2 with the usage on a wrong command line', async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Cách dùng');
  }, 60_000);
});

describe('npm run -s resolution:parse -- --targets FILE', () => {
  it('prints one reading per non-empty line, in order, errors in place', async () => {
    const lines = [
      'Tốc độ tăng trưởng kinh tế: tăng bình quân 10-12%/năm',
      '',
      'Không còn hộ nghèo',
      '   ',
      '100%',
      'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng: dưới 10%',
    ];
    const result = await run('--targets', file('chi-tieu.txt', `${lines.join('\r\n')}\r\n`));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const readings = JSON.parse(result.stdout);
    expect(readings).toEqual(lines.filter((l) => l.trim()).map((l) => readTargetLine(l)));
    expect(readings.map((r: { direction?: string; error?: string }) => r.direction ?? r.error)).toEqual([
      'range',
      'zero',
      'dòng không có tên chỉ tiêu, chỉ có số',
      'max',
    ]);
    expect(Object.keys(readings[0])).toEqual(
      expect.arrayContaining([
        'text',
        'name',
        'targetValue',
        'targetHigh',
        'unit',
        'direction',
        'period',
        'extra',
        'warnings',
      ]),
    );
  }, 60_000);

  it('exits 1 on an unreadable file', async () => {
    const result = await run('--targets', path.join(root, 'khong-co.txt'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/không có tệp này/u);
  }, 60_000);
});
