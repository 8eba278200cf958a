import { describe, expect, it } from 'vitest';
import { filterKey, filterTargets, filtersFromSearch, filterTaskGroups, parseFilterKey } from './filters';
import { toOpenData } from './open-data';
import { findReviewMatch, splitSentences } from './review-text';
import { buildSummary, type RawApproved, type SummaryRows } from './summary-model';

const day = (s: string) => Date.parse(`${s}T03:00:00Z`);
const TODAY = '2023-11-15';

function approved(over: Partial<RawApproved> & Pick<RawApproved, 'id'>): RawApproved {
  return {
    targetId: null,
    taskId: null,
    value: null,
    figureKind: null,
    note: null,
    taskStatus: null,
    progress: null,
    narrative: null,
    periodCode: '2023-Q2',
    periodEndsOn: '2023-06-30',
    submittedOn: null,
    reviewedAt: day('2023-07-05'),
    ...over,
  };
}

function rows(approvedRows: RawApproved[] = []): SummaryRows {
  return {
    resolution: {
      id: 1,
      year: 2023,
      number: null,
      title: 'Nghị quyết … năm 2023',
      issuingBody: 'Ban Chấp hành Đảng bộ phường',
      term: 'XV',
      conferenceNumber: 34,
      conference: 'Hội nghị lần thứ 34 …',
      heldOn: '2022-12-27',
      venue: 'Hội trường',
      signedFor: 'T/M ĐẢNG ỦY',
      signerTitle: 'BÍ THƯ',
      signerName: 'Nguyễn Thị Ngọc',
      reviewYear: 2022,
      reviewSummary: 'Năm 2022 đạt kết quả. Quản lý đô thị... được tăng cường.\n\nĐời sống nâng lên.',
      reviewShortcomings: 'Còn hạn chế: 01 chỉ tiêu chưa đạt. Giảm nghèo chưa bền vững.',
      reviewResolutionNumber: '22-NQ/ĐU',
      reviewResolutionDate: '2021-12-20',
      reviewTargetsTotal: 19,
      reviewTargetsMet: 18,
      reviewTargetsNotMet: 'tỷ lệ chi bộ hoàn thành tốt nhiệm vụ',
      recipients: ['Thường trực Thị ủy,'],
    },
    targets: [
      // Out of document order on purpose: the summary sorts by category then position.
      {
        id: 19,
        code: '2.2.03',
        category: '2.2',
        ordinal: 3,
        name: 'Tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên',
        targetValue: 80,
        unit: '%',
        direction: 'min',
        targetHigh: null,
        baseValue: null,
        yearEndOnly: false,
        judgement: null,
        qualifier: null,
        extra: null,
      },
      {
        id: 1,
        code: '2.1.01',
        category: '2.1',
        ordinal: 1,
        name: 'Tổng diện tích gieo trồng',
        targetValue: 621,
        unit: 'ha',
        direction: 'min',
        targetHigh: null,
        baseValue: null,
        yearEndOnly: false,
        judgement: null,
        qualifier: null,
        extra: null,
      },
      {
        id: 8,
        code: '2.1.08',
        category: '2.1',
        ordinal: 8,
        name: 'Tỷ lệ hộ nghèo',
        targetValue: 1.25,
        unit: '%',
        direction: 'max',
        targetHigh: null,
        baseValue: null,
        yearEndOnly: false,
        judgement: null,
        qualifier: null,
        extra: null,
      },
      {
        id: 17,
        code: '2.2.01',
        category: '2.2',
        ordinal: 1,
        name: 'Tỷ lệ kết nạp đảng viên',
        targetValue: 4,
        unit: '%',
        direction: 'min',
        targetHigh: null,
        baseValue: null,
        yearEndOnly: false,
        judgement: null,
        qualifier: null,
        extra: '5 người/năm',
      },
    ],
    taskGroups: [
      { id: 2, number: 2, title: 'Nhóm hai.' },
      { id: 1, number: 1, title: 'Nhóm một.' },
    ],
    tasks: [
      { id: 3, groupId: 2, code: 'III.2.2', paragraph: 2, text: 'Phấn đấu thu ngân sách.', deadline: null },
      { id: 2, groupId: 2, code: 'III.2.1', paragraph: 1, text: 'Tăng cường quản lý đất đai.', deadline: null },
      { id: 1, groupId: 1, code: 'III.1.1', paragraph: 1, text: 'Tập trung quán triệt.', deadline: null },
    ],
    assignments: [
      { targetId: 1, taskId: null, role: 'coordinate', orgCode: 'DU', orgName: 'Đảng ủy phường', orgSort: 1 },
      { targetId: 1, taskId: null, role: 'lead', orgCode: 'UBND', orgName: 'Ủy ban nhân dân phường', orgSort: 3 },
      { targetId: null, taskId: 2, role: 'lead', orgCode: 'UBND', orgName: 'Ủy ban nhân dân phường', orgSort: 3 },
      { targetId: null, taskId: 1, role: 'lead', orgCode: 'DU', orgName: 'Đảng ủy phường', orgSort: 1 },
    ],
    organizations: [
      { code: 'DU', name: 'Đảng ủy phường' },
      { code: 'UBND', name: 'Ủy ban nhân dân phường' },
    ],
    approved: approvedRows,
    yearClosedAt: null,
  };
}

describe('buildSummary', () => {
  it('orders targets and tasks as the document does and lists the lead organization first', () => {
    const s = buildSummary(rows(), null, TODAY);
    expect(s.targets.map((t) => t.code)).toEqual(['2.1.01', '2.1.08', '2.2.01', '2.2.03']);
    expect(s.targets[0]!.organizations.map((o) => `${o.code}:${o.role}`)).toEqual(['UBND:lead', 'DU:coordinate']);
    expect(s.taskGroups.map((g) => g.number)).toEqual([1, 2]);
    expect(s.taskGroups[1]!.tasks.map((t) => t.code)).toEqual(['III.2.1', 'III.2.2']);
    expect(s.targets.find((t) => t.code === '2.2.01')!.extra).toBe('5 người/năm');
  });

  it('shows no data and no approval date until something is approved', () => {
    const s = buildSummary(rows(), null, TODAY);
    expect(s.counts).toEqual({ exceeded: 0, met: 0, not_met: 0, on_pace: 0, behind_pace: 0, year_end: 0, no_data: 4 });
    expect(s.metOrExceeded).toBe(0);
    expect(s.targets.every((t) => t.latest === null && t.status === 'no_data')).toBe(true);
    expect(s.lastApprovedAt).toBeNull();
  });

  it('takes the figure of the latest period, a later correction of it winning, and judges it', () => {
    const s = buildSummary(
      rows([
        approved({
          id: 1,
          targetId: 1,
          value: 500,
          periodCode: '2023-Q3',
          periodEndsOn: '2023-09-30',
          reviewedAt: day('2023-10-04'),
        }),
        approved({
          id: 2,
          targetId: 1,
          value: 100,
          periodCode: '2023-Q1',
          periodEndsOn: '2023-03-31',
          reviewedAt: day('2023-11-01'),
        }),
        approved({
          id: 3,
          targetId: 1,
          value: 400,
          periodCode: '2023-Q3',
          periodEndsOn: '2023-09-30',
          reviewedAt: day('2023-10-20'),
        }),
        approved({
          id: 4,
          targetId: 8,
          value: 1.4,
          periodCode: '2023-Q4',
          periodEndsOn: '2023-12-31',
          reviewedAt: day('2024-01-03'),
        }),
        approved({ id: 5, targetId: 17, value: 4.5 }),
      ]),
      null,
      TODAY,
    );
    const area = s.targets.find((t) => t.code === '2.1.01')!;
    // 400 ha by 30/09 against 621 × 273/365 ≈ 464,5 ha: behind the pace of the year.
    expect(area.latest).toEqual({
      value: 400,
      kind: 'official',
      period: '2023-Q3',
      periodEndsOn: '2023-09-30',
      approvedAt: new Date(day('2023-10-20')).toISOString(),
      note: null,
    });
    expect(area.status).toBe('behind_pace');
    expect(s.targets.find((t) => t.code === '2.1.08')!.status).toBe('not_met');
    // 4,5 % by 30/06 against 4 %: on the pace of the year (a mid-year figure is never Đạt yet).
    expect(s.targets.find((t) => t.code === '2.2.01')!.status).toBe('on_pace');
    expect(s.counts).toEqual({ exceeded: 0, met: 0, not_met: 1, on_pace: 1, behind_pace: 1, year_end: 0, no_data: 1 });
    expect(s.lastApprovedAt).toBe(new Date(day('2024-01-03')).toISOString());
  });

  it('keeps only figures of periods ending by the given day for a period report', () => {
    const data = rows([
      approved({ id: 1, targetId: 1, value: 320, periodCode: '2023-Q2', periodEndsOn: '2023-06-30' }),
      approved({
        id: 2,
        targetId: 1,
        value: 640,
        periodCode: '2023-Q4',
        periodEndsOn: '2023-12-31',
        reviewedAt: day('2024-01-02'),
      }),
    ]);
    const half = buildSummary(data, '2023-06-30', TODAY);
    expect(half.targets[0]!.latest?.value).toBe(320);
    expect(half.targets[0]!.status).toBe('on_pace');
    expect(buildSummary(data, null, TODAY).targets[0]!.latest?.value).toBe(640);
  });

  it('gives each task its latest approved progress and each group the mean of those reported', () => {
    const s = buildSummary(
      rows([
        approved({ id: 1, taskId: 2, taskStatus: 'on_track', progress: 40 }),
        approved({ id: 2, taskId: 3, taskStatus: 'at_risk', progress: 10, narrative: 'Thu chậm.' }),
        approved({
          id: 3,
          taskId: 3,
          taskStatus: 'done',
          progress: 100,
          periodCode: '2023-M01',
          periodEndsOn: '2023-01-31',
        }),
      ]),
      null,
      TODAY,
    );
    const group = s.taskGroups[1]!;
    expect(group.tasks[1]!.latest).toMatchObject({
      status: 'at_risk',
      progress: 10,
      period: '2023-Q2',
      narrative: 'Thu chậm.',
    });
    expect(group).toMatchObject({ averageProgress: 25, reported: 2 });
    expect(s.taskGroups[0]).toMatchObject({ averageProgress: null, reported: 0 });
  });

  it('marks the target that the 2022 review names as not met and keeps the review’s sentences', () => {
    const s = buildSummary(rows(), null, TODAY);
    expect(s.targets.filter((t) => t.notMetInReview).map((t) => t.code)).toEqual(['2.2.03']);
    expect(s.review.achievements).toEqual([
      'Năm 2022 đạt kết quả.',
      'Quản lý đô thị... được tăng cường.',
      'Đời sống nâng lên.',
    ]);
    expect(s.review).toMatchObject({ targetsTotal: 19, targetsMet: 18, resolutionNumber: '22-NQ/ĐU' });
  });
});

describe('toOpenData', () => {
  it('has exactly the contract’s fields', () => {
    const data = toOpenData(
      buildSummary(rows([approved({ id: 1, targetId: 17, value: 4.5, note: 'nội bộ' })]), null, TODAY),
    );
    const target = data.targets.find((t) => t.code === '2.2.01')!;
    expect(Object.keys(target).sort()).toEqual(
      [
        'category',
        'code',
        'direction',
        'extra',
        'latest',
        'name',
        'organizations',
        'planPercent',
        'status',
        'targetHigh',
        'targetValue',
        'unit',
      ].sort(),
    );
    expect(target).toMatchObject({
      category: '2.2',
      targetValue: 4,
      unit: '%',
      direction: 'min',
      extra: '5 người/năm',
      status: 'on_pace',
      targetHigh: null,
    });
    expect(target.latest).toEqual({
      value: 4.5,
      kind: 'official',
      period: '2023-Q2',
      approvedAt: new Date(day('2023-07-05')).toISOString(),
    });
    expect(data.targets[0]!.organizations).toEqual([
      { code: 'UBND', role: 'lead' },
      { code: 'DU', role: 'coordinate' },
    ]);
    expect(Object.keys(data.taskGroups[0]!)).toEqual(['number', 'title', 'tasks']);
    expect(Object.keys(data.taskGroups[0]!.tasks[0]!)).toEqual([
      'code',
      'text',
      'organizations',
      'latest',
      'deadline',
      'verdict',
    ]);
    expect(data.resolution.ward).toBeNull();
    expect(toOpenData(buildSummary(rows([])), 'Phường An Bình').resolution.ward).toBe('Phường An Bình');
    expect(data.resolution).toMatchObject({
      conferenceNumber: 34,
      heldOn: '2022-12-27',
      signerName: 'Nguyễn Thị Ngọc',
    });
  });
});

describe('filters', () => {
  const s = buildSummary(
    rows([approved({ id: 1, targetId: 17, value: 4.5, periodEndsOn: '2023-12-31', periodCode: '2023-Y' })]),
    null,
    TODAY,
  );

  it('reads the GET form and ignores unknown values', () => {
    expect(filtersFromSearch(new URLSearchParams('category=2.2&org=UBND&status=met'))).toEqual({
      category: '2.2',
      org: 'UBND',
      status: 'met',
    });
    expect(filtersFromSearch(new URLSearchParams('category=9&org=<x>&status=great'))).toEqual({
      category: null,
      org: null,
      status: null,
    });
    expect(filtersFromSearch(new URLSearchParams('category=all&status=all'))).toEqual({
      category: null,
      org: null,
      status: null,
    });
  });

  it('round-trips through the path segment and refuses segments it never makes', () => {
    const f = { category: '2.1' as const, org: 'UBND', status: 'behind_pace' as const };
    expect(filterKey(f)).toBe('2.1_UBND_behind_pace');
    expect(parseFilterKey('2.1_UBND_behind_pace')).toEqual(f);
    expect(parseFilterKey('all_all_at_risk')).toBeNull();
    expect(parseFilterKey('all_all_met')).toEqual({ category: null, org: null, status: 'met' });
    expect(parseFilterKey('all_all_all')).toBeNull();
    expect(parseFilterKey('2.3_all_met')).toBeNull();
    expect(parseFilterKey('all_all_great')).toBeNull();
  });

  it('narrows targets by category, organization and status, and tasks by organization', () => {
    expect(filterTargets(s.targets, { category: '2.2', org: null, status: null }).map((t) => t.code)).toEqual([
      '2.2.01',
      '2.2.03',
    ]);
    expect(filterTargets(s.targets, { category: null, org: 'DU', status: null }).map((t) => t.code)).toEqual([
      '2.1.01',
    ]);
    // 4,5 % at year end against at least 4 %: beyond the target.
    expect(filterTargets(s.targets, { category: null, org: null, status: 'exceeded' }).map((t) => t.code)).toEqual([
      '2.2.01',
    ]);
    const groups = filterTaskGroups(s.taskGroups, { category: null, org: 'UBND', status: null });
    expect(groups.map((g) => g.tasks.map((t) => t.code))).toEqual([['III.2.1']]);
  });
});

describe('review text', () => {
  it('splits sentences only before a capital letter', () => {
    expect(splitSentences('A b... c d. Đ e? F')).toEqual(['A b... c d.', 'Đ e?', 'F']);
  });

  it('matches the review’s phrase to exactly one target name, or to none', () => {
    const targets = [
      { id: 1, name: 'Tỷ lệ đảng viên đạt mức hoàn thành tốt nhiệm vụ trở lên' },
      { id: 2, name: 'Tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên' },
    ];
    expect(findReviewMatch('tỷ lệ chi bộ hoàn thành tốt nhiệm vụ', targets)).toBe(2);
    expect(findReviewMatch('hoàn thành tốt nhiệm vụ', targets)).toBeNull();
    expect(findReviewMatch(null, targets)).toBeNull();
  });
});
