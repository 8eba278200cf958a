import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUpdate, openSeededDb, type SeededDb } from '@/test/seeded-db';
import { loadPublicSummary, readSummaryRows } from './public-summary';

let t: SeededDb;
const approvedAt = Date.UTC(2023, 6, 5, 2, 0);

beforeAll(() => {
  t = openSeededDb('public-summary');
  insertUpdate(t.sqlite, {
    kind: 'target',
    subjectCode: '2.1.05',
    period: '2023-Q2',
    state: 'approved',
    value: 90.2,
    reviewedAt: approvedAt,
  });
  // Not public: a draft, a submitted and a returned figure, each newer than the approved one.
  insertUpdate(t.sqlite, { kind: 'target', subjectCode: '2.1.05', period: '2023-Q3', state: 'submitted', value: 10 });
  insertUpdate(t.sqlite, {
    kind: 'target',
    subjectCode: '2.1.05',
    period: '2023-Q4',
    state: 'returned',
    value: 11,
    returnReason: 'Sai',
  });
  insertUpdate(t.sqlite, { kind: 'target', subjectCode: '2.1.08', period: '2023-Q2', state: 'draft', value: 5 });
  // Approved but from the coordinating organization: its contribution, not the official figure.
  insertUpdate(t.sqlite, {
    kind: 'target',
    subjectCode: '2.1.05',
    period: '2023-M12',
    state: 'approved',
    value: 12,
    org: 'UBND',
  });
  insertUpdate(t.sqlite, {
    kind: 'task',
    subjectCode: 'III.6.1',
    period: '2023-Q2',
    state: 'approved',
    taskStatus: 'on_track',
    progress: 55,
    reviewedAt: approvedAt,
  });
  insertUpdate(t.sqlite, {
    kind: 'task',
    subjectCode: 'III.6.1',
    period: '2023-Q3',
    state: 'submitted',
    taskStatus: 'done',
    progress: 100,
  });
});
afterAll(() => t.close());

describe('public summary from the database', () => {
  it('holds the seeded resolution: 19 targets, 8 groups, header facts', () => {
    const s = loadPublicSummary(t.db)!;
    expect(s.targets).toHaveLength(19);
    expect(s.targets.filter((x) => x.category === '2.1')).toHaveLength(16);
    expect(s.taskGroups.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(s.resolution).toMatchObject({
      year: 2023,
      conferenceNumber: 34,
      heldOn: '2022-12-27',
      signerName: 'Nguyễn Thị Ngọc',
    });
    expect(s.targets.find((x) => x.code === '2.1.08')).toMatchObject({ targetValue: 1.25, direction: 'max' });
    expect(s.targets.find((x) => x.code === '2.2.03')!.notMetInReview).toBe(true);
    expect(s.taskGroups[7]!.tasks[0]!.organizations.map((o) => o.code)).toEqual([
      'MTTQ',
      'HND',
      'HPN',
      'DTN',
      'HCCB',
      'CD',
    ]);
  });

  it('shows approved figures of the lead organization only', () => {
    const s = loadPublicSummary(t.db)!;
    expect(s.targets.find((x) => x.code === '2.1.05')!.latest).toMatchObject({
      value: 90.2,
      kind: 'official',
      period: '2023-Q2',
      approvedAt: new Date(approvedAt).toISOString(),
    });
    // 90,2 % by 30/06 against at least 89,61 %: on the pace of the year (Đạt tiến độ).
    expect(s.targets.find((x) => x.code === '2.1.05')!.status).toBe('on_pace');
    expect(s.targets.find((x) => x.code === '2.1.08')!.latest).toBeNull();
    expect(s.taskGroups[5]!.tasks[0]!.latest).toMatchObject({ status: 'on_track', progress: 55, period: '2023-Q2' });
    expect(s.counts).toEqual({ exceeded: 0, met: 0, not_met: 0, on_pace: 1, behind_pace: 0, year_end: 0, no_data: 18 });
    expect(s.yearClosed).toBe(false);
  });

  it('reads with one query per table however many rows there are', () => {
    const prepare = t.sqlite.prepare.bind(t.sqlite);
    let statements = 0;
    t.sqlite.prepare = ((source: string) => {
      statements += 1;
      return prepare(source);
    }) as typeof t.sqlite.prepare;
    try {
      readSummaryRows(t.db);
    } finally {
      t.sqlite.prepare = prepare;
    }
    // resolution, targets, groups, tasks, assignments, organizations, approved updates.
    expect(statements).toBe(7);
  });
});
