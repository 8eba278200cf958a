import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportToDocx } from '@/lib/reports/report-docx';
import { insertUpdate, openSeededDb, type SeededDb } from '@/test/seeded-db';
import { assertMayReadReport, readPeriodReport } from './reports';
import { AuthError } from '@/lib/auth/auth-error';

let t: SeededDb;
const chair = { role: 'chair' as const };

beforeAll(() => {
  t = openSeededDb('reports');
  insertUpdate(t.sqlite, { kind: 'target', subjectCode: '2.1.06', period: '2023-Q1', state: 'approved', value: 78.5 });
  insertUpdate(t.sqlite, { kind: 'target', subjectCode: '2.1.06', period: '2023-Q2', state: 'approved', value: 81.25 });
  insertUpdate(t.sqlite, { kind: 'target', subjectCode: '2.1.06', period: '2023-Q3', state: 'approved', value: 85.5 });
  insertUpdate(t.sqlite, { kind: 'target', subjectCode: '2.1.09', period: '2023-Q2', state: 'approved', value: 4.1 });
  insertUpdate(t.sqlite, { kind: 'target', subjectCode: '2.1.13', period: '2023-Q2', state: 'submitted', value: 99 });
  insertUpdate(t.sqlite, {
    kind: 'task',
    subjectCode: 'III.7.1',
    period: '2023-Q2',
    state: 'approved',
    taskStatus: 'at_risk',
    progress: 30,
    narrative: 'Đại hội Hội nạn nhân chất độc da cam chưa tổ chức.',
  });
  const returned = insertUpdate(t.sqlite, {
    kind: 'target',
    subjectCode: '2.1.11',
    period: '2023-M05',
    state: 'returned',
    value: 1,
    returnReason: 'Thiếu',
  });
  t.sqlite
    .prepare("INSERT INTO audit_log (action, entity_type, entity_id) VALUES ('update.return', 'update', ?)")
    .run(returned);
});
afterAll(() => t.close());

describe('who may read a report', () => {
  it('lets the chair read any period and everyone the year-end one only', () => {
    expect(() => assertMayReadReport(chair, 'Q1')).not.toThrow();
    expect(() => assertMayReadReport(null, 'Y')).not.toThrow();
    expect(() => assertMayReadReport({ role: 'officer' }, 'Y')).not.toThrow();
    expect(() => assertMayReadReport({ role: 'officer' }, 'H1')).toThrow(AuthError);
    expect(() => assertMayReadReport({ role: 'admin' }, 'Q2')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => assertMayReadReport(null, 'Q3')).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => readPeriodReport({ role: 'officer' }, 'H1', { db: t.db })).toThrow(AuthError);
  });
});

describe('the half-year report', () => {
  it('holds the approved figures of periods ending by 30/06 only, judged and compared', () => {
    const r = readPeriodReport(chair, 'H1', {
      db: t.db,
      issuedOn: '2023-07-05',
      letterhead: { superior: 'ĐẢNG BỘ THỊ XÃ A', issuer: 'ĐẢNG ỦY PHƯỜNG B', place: 'B' },
    })!;
    expect(r.letterhead).toMatchObject({
      superior: 'ĐẢNG BỘ THỊ XÃ A',
      issuer: 'ĐẢNG ỦY PHƯỜNG B',
      motto: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      placeDate: 'B, ngày 05 tháng 07 năm 2023',
    });
    expect(r.subtitle).toBe('Kết quả thực hiện Nghị quyết về chỉ tiêu, nhiệm vụ năm 2023\n6 tháng đầu năm 2023');
    const rows = r.targets.sections.flatMap((s) => s.rows);
    expect(rows).toHaveLength(19);
    const culture = rows.find((x) => x.name === 'Tỷ lệ tổ dân phố văn hóa')!;
    expect(culture).toMatchObject({
      bound: '≥\u00a080\u00a0%',
      result: '81,25\u00a0% (chính thức, Quý II/2023)',
      comparison: '101,6\u00a0% kế hoạch',
      assessment: 'Đạt tiến độ',
    });
    const nearPoor = rows.find((x) => x.name === 'Tỷ lệ hộ cận nghèo')!;
    expect(nearPoor).toMatchObject({
      // A ceiling: 3,76 ÷ 4,1 of the plan.
      comparison: '91,7\u00a0% kế hoạch',
      assessment: 'Chưa đạt tiến độ',
    });
    expect(rows.find((x) => x.name.startsWith('Tỷ lệ hộ dân đăng ký'))!.result).toBe('Chưa có số liệu được duyệt');
    expect(r.groups[6]!.tasks[0]).toContain(
      'có nguy cơ chậm, tiến độ 30\u00a0% (Quý II/2023; Chưa hoàn thành (trong hạn), hạn 31/12/2023). Đại hội Hội nạn nhân',
    );
    expect(r.summaryLine).toMatch(/^\d+\/19 chỉ tiêu đạt và vượt$/);
    expect(r.cutoffLine).toBe('Số liệu chốt ngày 14/06/2023 (chưa chốt số liệu).');
    const texts = r.shortcomings.map((s) => s.text);
    expect(texts).toContain(
      'Chỉ tiêu “Tỷ lệ hộ cận nghèo” chưa đạt tiến độ: kết quả 4,1\u00a0% (chính thức, Quý II/2023), chỉ tiêu ≤\u00a03,76\u00a0%.',
    );
    expect(
      texts.some(
        (x) => x.startsWith('Trong kỳ có 1 lượt báo cáo bị trả lại') && x.includes('Ủy ban nhân dân phường: 1'),
      ),
    ).toBe(true);
    expect(r.shortcomings.at(-1)!.items!.length).toBeGreaterThan(5);
    expect(r.recipients[0]).toBe('Thường trực Thị ủy,');
    expect(r.signature).toEqual({ signedFor: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Nguyễn Thị Ngọc' });
  });

  it('the first-quarter report shows the first quarter’s figure and the year report the latest', () => {
    const q1 = readPeriodReport(chair, 'Q1', { db: t.db })!.targets.sections[0]!.rows.find(
      (x) => x.name === 'Tỷ lệ tổ dân phố văn hóa',
    )!;
    expect(q1).toMatchObject({ result: '78,5\u00a0% (chính thức, Quý I/2023)', assessment: 'Đạt tiến độ' });
    // The public gets the year-end report only once the year is closed; the chair reads it before.
    expect(readPeriodReport(null, 'Y', { db: t.db })).toBeNull();
    const year = readPeriodReport(chair, 'Y', { db: t.db })!.targets.sections[0]!.rows.find(
      (x) => x.name === 'Tỷ lệ tổ dân phố văn hóa',
    )!;
    expect(year.result).toBe('85,5\u00a0% (chính thức, Quý III/2023)');
  });

  it('renders as a Word document holding the figures', async () => {
    const r = readPeriodReport(chair, 'H1', { db: t.db, issuedOn: '2023-07-05' })!;
    const zip = await JSZip.loadAsync(await reportToDocx(r));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG ỦY PHƯỜNG',
      'BÁO CÁO',
      '6 tháng đầu năm 2023',
      '81,25',
      'Tỷ lệ tổ dân phố văn hóa',
      'Nơi nhận:',
      'Nguyễn Thị Ngọc',
    ]) {
      expect(xml).toContain(text);
    }
    expect(xml).not.toContain('85,5');
    expect(xml).not.toContain('99\u00a0%');
  });
});
