import ExcelJS from 'exceljs';
import { expect, test } from './fixtures/test';
import { approveFigures, readDb } from './fixtures/approved-figures';

// This spec's own figures: targets 2.1.04 and 2.2.01, task III.2.2.
test.beforeAll(async ({ baseURL }) => {
  await approveFigures(baseURL!, [
    { kind: 'target', subjectCode: '2.1.04', period: '2023-Q3', value: 99.35 },
    { kind: 'target', subjectCode: '2.2.01', period: '2023-Q2', value: 4.5 },
    { kind: 'task', subjectCode: 'III.2.2', period: '2023-Q3', taskStatus: 'on_track', progress: 35 },
  ]);
});

/** RFC 4180: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  return rows;
}

/** exceljs takes an ArrayBuffer; a Buffer may be a view on a larger one. */
const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

type Latest = { code: string; latest: { value: number } | null };

test('the targets table downloads as CSV (UTF-8 with BOM) and XLSX with every target and its approved value', async ({
  page,
}) => {
  const summary = await (await page.request.get('/api/public/summary')).json();
  const approved = new Map<string, number | null>(
    summary.targets.map((t: Latest) => [t.code, t.latest?.value ?? null]),
  );

  await page.goto('/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Bảng chỉ tiêu (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('chi-tieu-2023.csv');
  const bytes = await (await page.request.get('/api/public/export/targets.csv')).body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = parseCsv(bytes.toString('utf8').slice(1));
  expect(csv[0]!.slice(0, 6)).toEqual(['Mã', 'Lĩnh vực', 'Chỉ tiêu', 'Giá trị chỉ tiêu', 'Đơn vị tính', 'Yêu cầu']);
  expect(csv).toHaveLength(20);
  const col = (name: string) => csv[0]!.indexOf(name);
  for (const row of csv.slice(1)) {
    const value = approved.get(row[0]!);
    expect(row[col('Kết quả đã duyệt')], row[0]).toBe(value === null ? '' : String(value));
  }
  const poor = csv.find((r) => r[0] === '2.1.08')!;
  expect([poor[2], poor[3], poor[5]]).toEqual(['Tỷ lệ hộ nghèo', '1.25', 'không vượt quá']);
  expect(csv.find((r) => r[0] === '2.1.04')![col('Kết quả đã duyệt')]).toBe('99.35');
  expect(csv.find((r) => r[0] === '2.2.01')![col('Chỉ tiêu kèm theo')]).toBe('5 người/năm');
  // Every figure says whether it is an estimate or official; the verdict in the review's words.
  expect(csv.find((r) => r[0] === '2.1.04')![col('Loại số liệu')]).toBe('chính thức');
  expect(csv[0]).toContain('Đánh giá');

  const xlsx = new ExcelJS.Workbook();
  await xlsx.xlsx.load(arrayBuffer(await (await page.request.get('/api/public/export/targets.xlsx')).body()));
  const sheet = xlsx.worksheets[0]!;
  expect(sheet.rowCount).toBe(20);
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header[10]).toBe('Kết quả đã duyệt');
  for (let r = 2; r <= 20; r++) {
    const code = sheet.getCell(r, 1).value as string;
    expect(typeof sheet.getCell(r, 4).value, code).toBe('number');
    const value = approved.get(code);
    expect(sheet.getCell(r, 11).value ?? null, code).toBe(value ?? null);
  }
  const row = [...Array(19).keys()].map((i) => i + 2).find((r) => sheet.getCell(r, 1).value === '2.1.04')!;
  expect(sheet.getCell(row, 11).value).toBe(99.35);
});

test('the tasks table downloads as CSV and XLSX with every task as written and its approved progress', async ({
  request,
}) => {
  const tasks = readDb<{ code: string; text: string }>('SELECT code, text FROM tasks ORDER BY id');
  const csv = parseCsv((await (await request.get('/api/public/export/tasks.csv')).text()).replace(/^\uFEFF/, ''));
  expect(csv[0]).toEqual([
    'Mã',
    'Nhóm',
    'Nội dung nhiệm vụ',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Tình trạng',
    'Tiến độ (%)',
    'Kỳ báo cáo',
    'Ngày duyệt',
    'Hạn hoàn thành',
    'Đánh giá',
  ]);
  expect(csv.slice(1).map((r) => [r[0], r[2]])).toEqual(tasks.map((t) => [t.code, t.text]));
  expect(csv.find((r) => r[0] === 'III.2.2')!.slice(5, 8)).toEqual([
    'Đang thực hiện, đúng tiến độ',
    '35',
    'Quý III/2023',
  ]);

  const xlsx = new ExcelJS.Workbook();
  await xlsx.xlsx.load(arrayBuffer(await (await request.get('/api/public/export/tasks.xlsx')).body()));
  const sheet = xlsx.worksheets[0]!;
  expect(sheet.rowCount).toBe(tasks.length + 1);
  const row = [...Array(tasks.length).keys()].map((i) => i + 2).find((r) => sheet.getCell(r, 1).value === 'III.2.2')!;
  expect(sheet.getCell(row, 7).value).toBe(35);
  expect(sheet.getCell(row, 3).value).toBe(tasks.find((t) => t.code === 'III.2.2')!.text);
});

test('an unknown export is refused', async ({ request }) => {
  expect((await request.get('/api/public/export/users.csv')).status()).toBe(404);
});
