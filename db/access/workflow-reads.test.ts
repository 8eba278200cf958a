// Integration: what each role reads (queue, dashboards, history, notices), scoped and bounded,
// on a real seeded SQLite file; and that the number of queries does not grow with the rows.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { refusalOf } from '@/test/refusal';
import { getSqlite } from '@/db/client';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { listQueue, queueFilterOptions, queuePageSize, type QueueFilters } from './approval-queue';
import { approveUpdates, countWaiting, listGapsForPeriod, returnUpdate } from './approvals';
import { getChairOverview, getOfficerDashboard, openPageSize } from './dashboard';
import { getSubjectHistory } from './history';
import { getNotices, noticeCount } from './notices';
import { updatePeriodDueDate } from './periods';
import { saveUpdate, type UpdateInput } from './updates';
import { getUpdateView, listOwnOpenUpdates } from './update-view';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => undefined }));

let fx: Fixture;
const noFilters: QueueFilters = { organizationId: null, kind: null, subjectId: null, periodId: null };

function update(username: string, code: string, period: string, value: number, intent: 'save' | 'submit' = 'submit') {
  const input: UpdateInput = {
    id: null,
    version: null,
    kind: 'target',
    subjectId: fx.targetId(code),
    periodId: fx.periodId(period),
    value,
    note: null,
    taskStatus: null,
    progress: null,
    narrative: null,
  };
  const result = saveUpdate(fx.user(username), input, intent);
  if (!result.ok) throw new Error(result.code);
  return result.id;
}

beforeAll(() => {
  fx = createWorkflowFixture();
  // Sown area (UBND leads): Q1 approved at 150, Q2 submitted at 320 (the queue shows both).
  const q1 = update('ubnd', '2.1.01', '2023-Q1', 150);
  approveUpdates(fx.user('bithu'), [{ id: q1, version: 1 }]);
  update('ubnd', '2.1.01', '2023-Q2', 320);
  // Cultural families: MTTQ leads, UBND coordinates; UBND's approved figure is not the official one.
  const mttq = update('mttq', '2.1.05', '2023-Q1', 80);
  const ubnd = update('ubnd', '2.1.05', '2023-Q2', 95);
  approveUpdates(fx.user('bithu'), [
    { id: mttq, version: 1 },
    { id: ubnd, version: 1 },
  ]);
  // A returned one (never official) and a draft.
  const returned = update('ubnd', '2.1.08', '2023-Q1', 1.1);
  returnUpdate(fx.user('bithu'), { id: returned, version: 1, reason: 'Sai chuẩn nghèo' });
  update('ubnd', '2.1.09', '2023-Q1', 3, 'save');
});
afterAll(() => fx.cleanup());

describe('approval queue', () => {
  it('lists submitted updates beside the previous approved one, for the chair only', () => {
    const page = listQueue(fx.user('bithu'), noFilters, 1)!;
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      subjectCode: '2.1.01',
      value: 320,
      unit: 'ha',
      organizationCode: 'UBND',
      periodCode: '2023-Q2',
      role: 'lead',
      previous: { value: 150, periodCode: '2023-Q1' },
    });
    expect(page.counts.organizations).toEqual([{ id: fx.orgId('UBND'), label: 'Ủy ban nhân dân phường', count: 1 }]);
    expect(refusalOf(() => listQueue(fx.user('ubnd'), noFilters, 1))).toBe(403);
    expect(refusalOf(() => listQueue(fx.user('admin'), noFilters, 1))).toBe(403);
    expect(refusalOf(() => queueFilterOptions(fx.user('ubnd')))).toBe(403);
    expect(countWaiting(fx.user('bithu'))).toBe(1);
    expect(refusalOf(() => countWaiting(fx.user('ubnd')))).toBe(403);
  });

  it('filters by organization, kind, subject and period, and counts each facet', () => {
    const chair = fx.user('bithu');
    expect(listQueue(chair, { ...noFilters, organizationId: fx.orgId('MTTQ') }, 1)!.total).toBe(0);
    expect(listQueue(chair, { ...noFilters, kind: 'task' }, 1)!.total).toBe(0);
    expect(listQueue(chair, { ...noFilters, kind: 'target', subjectId: fx.targetId('2.1.01') }, 1)!.total).toBe(1);
    const byPeriod = listQueue(chair, { ...noFilters, periodId: fx.periodId('2023-Q1') }, 1)!;
    expect(byPeriod.total).toBe(0);
    // The period facet ignores the period filter, so the chair sees where updates are.
    expect(byPeriod.counts.periods).toEqual([{ id: fx.periodId('2023-Q2'), label: '2023-Q2', count: 1 }]);
    expect(byPeriod.counts.kinds).toEqual({ target: 0, task: 0 });
  });
});

describe('update view', () => {
  it('shows an update to its organization (editable while open) and the chair, to no one else', () => {
    const id = update('ubnd', '2.1.10', '2023-M01', 91, 'save');
    expect(getUpdateView(fx.user('ubnd'), id)).toMatchObject({
      id,
      state: 'draft',
      editable: true,
      value: 91,
      subject: { code: '2.1.10' },
    });
    expect(getUpdateView(fx.user('bithu'), id)).toMatchObject({ id, editable: false });
    // Another organization's update looks missing (404); the administrator reads no update (403).
    expect(refusalOf(() => getUpdateView(fx.user('mttq'), id))).toBe(404);
    expect(refusalOf(() => getUpdateView(fx.user('admin'), id))).toBe(403);
    expect(refusalOf(() => listOwnOpenUpdates(fx.user('bithu'), 'target', fx.targetId('2.1.10')))).toBe(403);
  });
});

describe("an officer's dashboard", () => {
  it('shows only official (lead) approved figures with their status; never a returned or draft one', () => {
    const dash = getOfficerDashboard(fx.user('ubnd'), '2023-07-20')!;
    const t = (code: string) => dash.targets.find((x) => x.code === code)!;
    // 150 ha by the end of Q1 (90/365 of 621 ≈ 153,1): behind the straight-line pace.
    expect(t('2.1.01')).toMatchObject({
      role: 'lead',
      latest: { value: 150, kind: 'official', periodCode: '2023-Q1' },
      status: 'behind_pace',
    });
    // UBND coordinates 2.1.05: the official figure is MTTQ's 80, not UBND's own 95.
    expect(t('2.1.05')).toMatchObject({ role: 'coordinate', latest: { value: 80, periodCode: '2023-Q1' } });
    expect(t('2.1.08')).toMatchObject({ latest: null, status: 'no_data' });
    expect(t('2.1.09')).toMatchObject({ latest: null, status: 'no_data' });
    expect(dash.targets).toHaveLength(16);
    expect(dash.tasks.map((x) => x.code)).toContain('III.7.1');
  });

  it('takes the official figure from the latest period, not the latest approval', () => {
    // A late update for an earlier month approved after the Q1 figure does not replace it.
    const late = update('ubnd', '2.1.01', '2023-M01', 40);
    approveUpdates(fx.user('bithu'), [{ id: late, version: 1 }]);
    const dash = getOfficerDashboard(fx.user('ubnd'), '2023-07-20')!;
    expect(dash.targets.find((x) => x.code === '2.1.01')!.latest).toMatchObject({ value: 150, periodCode: '2023-Q1' });
  });

  it('lists what was returned (with the reason) first, then drafts, then what waits', () => {
    const dash = getOfficerDashboard(fx.user('ubnd'), '2023-07-20')!;
    expect(dash.open.map((o) => [o.state, o.subjectCode])).toEqual([
      ['returned', '2.1.08'],
      ['draft', '2.1.10'],
      ['draft', '2.1.09'],
      ['submitted', '2.1.01'],
    ]);
    expect(dash.open[0]!.returnReason).toBe('Sai chuẩn nghèo');
    expect(dash.openTotal).toBe(4);
  });

  it("shows what is due next and what was due last, only for the officer's organization", () => {
    // The Farmers' Association has one task, reported quarterly by default: no month is asked of it.
    const dash = getOfficerDashboard(fx.user('hoinongdan'), '2023-07-03')!;
    expect(dash.upcoming.map((g) => g.period.code)).toEqual(['2023-Q2']);
    expect(dash.upcoming[0]!.items.map((i) => [i.subjectCode, i.role])).toEqual([['III.8.1', 'coordinate']]);
    expect(dash.overdue.map((g) => g.period.code)).toEqual(['2023-Q1']);
    // The People's Committee: its tasks for Q2 next; its targets (six-monthly) for H1, cut off on 14/06.
    const ubnd = getOfficerDashboard(fx.user('ubnd'), '2023-07-03')!;
    const q2 = ubnd.upcoming.find((g) => g.period.code === '2023-Q2')!;
    expect(q2.items.every((i) => i.kind === 'task' && i.organizationCode === 'UBND')).toBe(true);
    expect(ubnd.overdue.map((g) => g.period.code)).toEqual(['2023-H1']);
    const h1 = ubnd.overdue[0]!.items;
    expect(h1.every((i) => i.kind === 'target')).toBe(true);
    expect(h1.map((i) => i.subjectCode)).toContain('2.1.01');
  });

  it('is for officers only', () => {
    expect(refusalOf(() => getOfficerDashboard(fx.user('bithu'), '2023-07-03'))).toBe(403);
    expect(refusalOf(() => getOfficerDashboard(fx.user('admin'), '2023-07-03'))).toBe(403);
    expect(refusalOf(() => getChairOverview(fx.user('ubnd'), '2023-07-03'))).toBe(403);
  });
});

describe("the chair's overview and gaps", () => {
  it('counts every organization, and lists who has not reported for a period', () => {
    const overview = getChairOverview(fx.user('bithu'), '2023-04-10')!;
    expect(overview.lastDue.map((p) => p.code)).toEqual(['2023-M03', '2023-Q1']);
    const ubnd = overview.organizations.find((o) => o.code === 'UBND')!;
    expect(ubnd).toMatchObject({ submitted: 1, returned: 1, drafts: 2 });
    expect(overview.organizations).toHaveLength(9);
    // Targets are reported on six-monthly by default: none is asked for Q1 …
    const byDefault = listGapsForPeriod(fx.user('bithu'), fx.periodId('2023-Q1'))!;
    expect(byDefault.filter((g) => g.kind === 'target')).toEqual([]);
    // … until the office makes them quarterly.
    getSqlite().prepare(`UPDATE assignments SET cadence = 'quarterly' WHERE target_id IS NOT NULL`).run();
    const gaps = listGapsForPeriod(fx.user('bithu'), fx.periodId('2023-Q1'))!;
    getSqlite().prepare(`UPDATE assignments SET cadence = NULL`).run();
    const reported = gaps.filter((g) => g.organizationCode === 'UBND').map((g) => g.subjectCode);
    expect(reported).not.toContain('2.1.01'); // approved
    expect(reported).toContain('2.1.08'); // returned: not reported yet
    expect(gaps.find((g) => g.subjectCode === '2.1.09' && g.organizationCode === 'UBND')!.openUpdateId).toEqual(
      expect.any(Number),
    );
    expect(gaps.filter((g) => g.organizationCode === 'MTTQ').map((g) => g.subjectCode)).not.toContain('2.1.05');
    expect(refusalOf(() => listGapsForPeriod(fx.user('ubnd'), fx.periodId('2023-Q1')))).toBe(403);
  });
});

describe('history', () => {
  it('lists every approved figure with who reported and who approved it', () => {
    const history = getSubjectHistory(fx.user('hoinongdan'), 'target', fx.targetId('2.1.05'))!;
    expect(history.entries.map((e) => [e.value, e.role, e.authorName, e.reviewerName])).toEqual([
      [95, 'coordinate', 'Cán bộ Ủy ban nhân dân phường', 'Bí thư Đảng ủy phường'],
      [80, 'lead', 'Cán bộ Ủy ban Mặt trận Tổ quốc phường', 'Bí thư Đảng ủy phường'],
    ]);
    expect(history.ownRole).toBeNull();
    expect(history.organizations.map((o) => [o.code, o.role])).toEqual([
      ['MTTQ', 'lead'],
      ['UBND', 'coordinate'],
    ]);
    expect(refusalOf(() => getSubjectHistory(fx.user('admin'), 'target', fx.targetId('2.1.05')))).toBe(403);
  });
});

describe('notices', () => {
  it('tells an officer about returned updates and deadlines within a week; the chair about the queue', () => {
    expect(getNotices(fx.user('ubnd'), '2023-06-30')).toEqual({
      role: 'officer',
      returned: 1,
      // Q2 asks for UBND's 8 tasks (quarterly); its 16 targets are six-monthly, their H1 cut-off passed.
      approaching: [{ periodCode: '2023-Q2', dueOn: '2023-07-05', missing: 8 }],
    });
    expect(getNotices(fx.user('ubnd'), '2023-06-20')).toEqual({ role: 'officer', returned: 1, approaching: [] });
    const chair = getNotices(fx.user('bithu'), '2023-06-30');
    expect(chair).toEqual({ role: 'chair', waiting: 1 });
    expect(noticeCount(chair)).toBe(1);
    expect(getNotices(fx.user('admin'), '2023-06-30')).toBeNull();
  });
});

describe('due dates', () => {
  it('lets only the administrator move a due date, never before the period ends, never over a newer change', () => {
    const id = fx.periodId('2023-M08');
    expect(
      refusalOf(() =>
        updatePeriodDueDate(fx.user('ubnd'), { periodId: id, dueOn: '2023-09-10', expectedDueOn: '2023-09-05' }),
      ),
    ).toBe(403);
    expect(
      updatePeriodDueDate(fx.user('admin'), { periodId: id, dueOn: '2023-08-30', expectedDueOn: '2023-09-05' }),
    ).toEqual({ ok: false, code: 'due_before_end' });
    expect(
      updatePeriodDueDate(fx.user('admin'), { periodId: id, dueOn: '2023-02-30', expectedDueOn: '2023-09-05' }),
    ).toEqual({ ok: false, code: 'invalid_date' });
    expect(
      updatePeriodDueDate(fx.user('admin'), { periodId: id, dueOn: '2023-09-10', expectedDueOn: '2023-09-05' }),
    ).toEqual({ ok: true });
    const before = fx.snapshot();
    expect(
      updatePeriodDueDate(fx.user('admin'), { periodId: id, dueOn: '2023-09-12', expectedDueOn: '2023-09-05' }),
    ).toEqual({ ok: false, code: 'stale_version' });
    expect(fx.snapshot()).toBe(before);
    const audit = getSqlite().prepare("SELECT details FROM audit_log WHERE action = 'period.due_date'").all() as {
      details: string;
    }[];
    expect(audit.map((a) => JSON.parse(a.details))).toEqual([
      { code: '2023-M08', before: '2023-09-05', after: '2023-09-10' },
    ]);
  });
});

describe('bounded work', () => {
  function countQueries(work: () => void): number {
    const sqlite = getSqlite();
    const original = sqlite.prepare.bind(sqlite);
    let n = 0;
    sqlite.prepare = ((source: string) => {
      n++;
      return original(source);
    }) as typeof sqlite.prepare;
    try {
      work();
    } finally {
      sqlite.prepare = original;
    }
    return n;
  }

  it('uses the same number of queries for a page of 1 update as for a full page, and pages at 20', () => {
    const chair = fx.user('bithu');
    const onePage = countQueries(() => listQueue(chair, noFilters, 1));
    const dashBefore = countQueries(() => getOfficerDashboard(fx.user('ubnd'), '2023-07-20'));
    const months = [
      '2023-M01',
      '2023-M02',
      '2023-M03',
      '2023-M04',
      '2023-M05',
      '2023-M06',
      '2023-M07',
      '2023-M08',
      '2023-M09',
      '2023-M10',
      '2023-M11',
      '2023-M12',
    ];
    const codes = ['2.1.02', '2.1.03'];
    const ids = codes.flatMap((code) => months.map((m) => update('ubnd', code, m, 50)));
    approveUpdates(
      chair,
      ids.slice(0, 4).map((id) => ({ id, version: 1 })),
    );
    const page = listQueue(chair, noFilters, 1)!;
    expect(page.items).toHaveLength(queuePageSize);
    expect(page.total).toBe(1 + ids.length - 4);
    expect(listQueue(chair, noFilters, 2)!.items).toHaveLength(1 + ids.length - 4 - queuePageSize);
    expect(countQueries(() => listQueue(chair, noFilters, 1))).toBe(onePage);
    expect(countQueries(() => getOfficerDashboard(fx.user('ubnd'), '2023-07-20'))).toBe(dashBefore);
    // The previous approved update of the same subject sits beside each waiting one.
    expect(page.items.find((i) => i.subjectCode === '2.1.02' && i.periodCode === '2023-M05')!.previous).toMatchObject({
      periodCode: '2023-M04',
      value: 50,
    });
  });

  it("pages the officer's open updates (returned first) with the same queries on every page", () => {
    // After the test above UBND has 24 open updates: 1 returned, 2 drafts, 21 waiting.
    const ubnd = fx.user('ubnd');
    const first = getOfficerDashboard(ubnd, '2023-07-20', 1)!;
    expect([first.openTotal, first.openPage, first.openPageCount]).toEqual([24, 1, 2]);
    expect(first.open).toHaveLength(openPageSize);
    expect(first.open.slice(0, 3).map((o) => o.state)).toEqual(['returned', 'draft', 'draft']);
    const second = getOfficerDashboard(ubnd, '2023-07-20', 2)!;
    expect(second.open).toHaveLength(24 - openPageSize);
    expect(second.open.every((o) => o.state === 'submitted')).toBe(true);
    // No update on two pages, none left out.
    expect(new Set([...first.open, ...second.open].map((o) => o.id)).size).toBe(24);
    // A page past the end shows the last one; a nonsense page the first.
    expect(getOfficerDashboard(ubnd, '2023-07-20', 99)!.openPage).toBe(2);
    expect(getOfficerDashboard(ubnd, '2023-07-20', 0)!.openPage).toBe(1);
    expect(countQueries(() => getOfficerDashboard(ubnd, '2023-07-20', 2))).toBe(
      countQueries(() => getOfficerDashboard(ubnd, '2023-07-20', 1)),
    );
  });
});
