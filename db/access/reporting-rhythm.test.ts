// Integration, on a real seeded SQLite file: the cut-off (closing with updates waiting, a reopening
// that expires, a replayed old form refused) and a cadence change that keeps what was filed.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { refusalOf } from '@/test/refusal';
import { getDb, getSqlite } from '@/db/client';
import { dueForOrganization } from '@/db/due-updates';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { approveUpdates, listGapsForPeriod } from './approvals';
import { setBulkCadence, setItemCadence } from './assignment-rhythm';
import {
  closePeriod,
  getClosingBoard,
  listOrganizationReopenings,
  listWaitingForPeriod,
  periodOpenFor,
  reopenPeriod,
} from './period-closing';
import { loadPublicSummary } from './public-summary';
import { listUpdatePeriods } from './update-periods';
import { saveUpdate, type UpdateInput } from './updates';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => undefined }));

let fx: Fixture;
const day = 24 * 60 * 60 * 1000;

function input(code: string, period: string, value: number, over: Partial<UpdateInput> = {}): UpdateInput {
  return {
    id: null,
    version: null,
    kind: 'target',
    subjectId: fx.targetId(code),
    periodId: fx.periodId(period),
    value,
    figureKind: 'estimate',
    note: null,
    taskStatus: null,
    progress: null,
    narrative: null,
    ...over,
  };
}

beforeAll(() => {
  fx = createWorkflowFixture();
});
afterAll(() => fx.cleanup());

describe('closing a period (chốt số liệu)', () => {
  it('is refused while updates wait, listing them; closes once they are settled', () => {
    const chair = fx.user('bithu');
    const waiting = saveUpdate(fx.user('ubnd'), input('2.1.01', '2023-H1', 300), 'submit');
    expect(waiting.ok).toBe(true);
    const h1 = fx.periodId('2023-H1');
    const before = fx.snapshot();
    const refused = closePeriod(chair, h1);
    expect(refused).toMatchObject({ ok: false, code: 'waiting' });
    expect(refused.ok === false && refused.code === 'waiting' ? refused.waiting : []).toEqual([
      expect.objectContaining({ organizationName: 'Ủy ban nhân dân phường', subjectCode: '2.1.01' }),
    ]);
    expect(fx.snapshot()).toBe(before);
    expect(refusalOf(() => closePeriod(fx.user('ubnd'), h1))).toBe(403);
    expect(refusalOf(() => listWaitingForPeriod(fx.user('ubnd'), h1))).toBe(403);
    expect(refusalOf(() => getClosingBoard(fx.user('admin')))).toBe(403);
    expect(fx.snapshot()).toBe(before);

    const settled = approveUpdates(chair, [
      { id: waiting.ok ? waiting.id : 0, version: waiting.ok ? waiting.version : 0 },
    ]);
    expect(settled).toEqual([expect.objectContaining({ ok: true })]);
    expect(closePeriod(chair, h1)).toEqual({ ok: true, changed: true });
    const audit = getSqlite()
      .prepare(`SELECT action, details FROM audit_log WHERE action = 'period.close' AND entity_id = ?`)
      .all(h1);
    expect(audit).toHaveLength(1);
    // The public figure is the estimate approved before the close, and stays so.
    expect(loadPublicSummary(getDb())!.targets.find((t) => t.code === '2.1.01')!.latest).toMatchObject({
      value: 300,
      kind: 'estimate',
      period: '2023-H1',
    });
  });

  it('refuses a write to the closed period, even replayed with a form loaded before the close', () => {
    const h1 = fx.periodId('2023-H1');
    const ubnd = fx.user('ubnd');
    // A second item's draft, opened before the close? Filed now it is refused; the draft saved
    // earlier in another period moved to H1 with its old version is refused too.
    const before = fx.snapshot();
    expect(saveUpdate(ubnd, input('2.1.02', '2023-H1', 50), 'submit')).toMatchObject({
      ok: false,
      code: 'period_closed',
    });
    expect(saveUpdate(ubnd, input('2.1.02', '2023-H1', 50), 'save')).toMatchObject({
      ok: false,
      code: 'period_closed',
    });
    expect(fx.snapshot()).toBe(before);
    const draft = saveUpdate(ubnd, input('2.1.03', '2023-Y', 90), 'save');
    expect(draft.ok).toBe(true);
    const replay = saveUpdate(
      ubnd,
      input('2.1.03', '2023-H1', 90, { id: draft.ok ? draft.id : 0, version: draft.ok ? draft.version : 0 }),
      'submit',
    );
    expect(replay).toMatchObject({ ok: false, code: 'period_closed' });
    expect(periodOpenFor(getDb(), h1, fx.orgId('UBND'), new Date())).toBe(false);
  });

  it('reopens for one organization with a reason, for a limited time; the reopening expires', () => {
    const chair = fx.user('bithu');
    const h1 = fx.periodId('2023-H1');
    const ubnd = fx.user('ubnd');
    expect(reopenPeriod(chair, { periodId: h1, organizationId: fx.orgId('UBND'), reason: ' ', days: 3 })).toEqual({
      ok: false,
      code: 'reason_required',
    });
    expect(reopenPeriod(chair, { periodId: h1, organizationId: fx.orgId('UBND'), reason: 'x', days: 31 })).toEqual({
      ok: false,
      code: 'invalid_days',
    });
    expect(reopenPeriod(chair, { periodId: fx.periodId('2023-Q3'), organizationId: 1, reason: 'x', days: 1 })).toEqual({
      ok: false,
      code: 'not_closed',
    });
    // A reopening granted three days ago for two days has run out.
    const expired = reopenPeriod(
      chair,
      { periodId: h1, organizationId: fx.orgId('UBND'), reason: 'Bổ sung số liệu thu ngân sách', days: 2 },
      new Date(Date.now() - 3 * day),
    );
    expect(expired.ok).toBe(true);
    expect(saveUpdate(ubnd, input('2.1.02', '2023-H1', 50), 'submit')).toMatchObject({ code: 'period_closed' });

    // Reopened now for UBND: UBND files and the chair approves; MTTQ still cannot.
    expect(
      reopenPeriod(chair, { periodId: h1, organizationId: fx.orgId('UBND'), reason: 'Báo cáo muộn', days: 1 }),
    ).toMatchObject({ ok: true });
    const late = saveUpdate(ubnd, input('2.1.02', '2023-H1', 50), 'submit');
    expect(late).toMatchObject({ ok: true, state: 'submitted' });
    expect(saveUpdate(fx.user('mttq'), input('2.1.05', '2023-H1', 85), 'submit')).toMatchObject({
      code: 'period_closed',
    });
    const history = listOrganizationReopenings(ubnd, fx.orgId('UBND'))!;
    expect(history.map((r) => r.reason)).toEqual(['Báo cáo muộn', 'Bổ sung số liệu thu ngân sách']);
    // Another organization's record of late filing looks missing; the administrator has none to read.
    expect(refusalOf(() => listOrganizationReopenings(fx.user('mttq'), fx.orgId('UBND')))).toBe(404);
    expect(refusalOf(() => listOrganizationReopenings(fx.user('admin'), fx.orgId('UBND')))).toBe(403);
    expect(listOrganizationReopenings(fx.user('bithu'), fx.orgId('UBND'))).toHaveLength(2);
    expect(getSqlite().prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'period.reopen'`).get()).toEqual({
      n: 2,
    });

    // Once the reopening has run out, the late update waiting can no longer be approved.
    getSqlite()
      .prepare(`UPDATE period_reopenings SET until = ? WHERE reason = 'Báo cáo muộn'`)
      .run(Date.now() - 1000);
    const outcome = approveUpdates(chair, [{ id: late.ok ? late.id : 0, version: 1 }]);
    expect(outcome).toEqual([{ id: late.ok ? late.id : 0, ok: false, code: 'period_closed' }]);
  });

  it('"who has not reported" skips a closed period, except for an organization it is reopened for', () => {
    const chair = fx.user('bithu');
    const h1 = fx.periodId('2023-H1');
    // Every reopening of H1 has run out: nobody is asked for it any more.
    expect(listGapsForPeriod(chair, h1)).toEqual([]);
    expect(listGapsForPeriod(chair, fx.periodId('2023-Y'))!.length).toBeGreaterThan(0);
    expect(
      reopenPeriod(chair, { periodId: h1, organizationId: fx.orgId('MTTQ'), reason: 'Bổ sung số liệu', days: 2 }),
    ).toMatchObject({ ok: true });
    const gaps = listGapsForPeriod(chair, h1)!;
    expect(gaps.length).toBeGreaterThan(0);
    expect(new Set(gaps.map((g) => g.organizationCode))).toEqual(new Set(['MTTQ']));
  });

  it("the update form offers the cadence's periods first and leaves a closed period out unless reopened", () => {
    const h1 = fx.periodId('2023-H1');
    const ubnd = listUpdatePeriods(fx.user('ubnd'), 'target', fx.targetId('2.1.01'));
    expect(ubnd.some((p) => p.id === h1)).toBe(false);
    expect(ubnd.filter((p) => p.asked).map((p) => p.code)).toEqual(['2023-Y']);
    expect(ubnd.filter((p) => !p.asked).map((p) => p.kind)).toContain('month');
    // Reopened for the Fatherland Front (above): H1 is offered to it, and asked.
    const mttq = listUpdatePeriods(fx.user('mttq'), 'target', fx.targetId('2.1.05'));
    expect(mttq.filter((p) => p.asked).map((p) => p.code)).toEqual(['2023-H1', '2023-Y']);
    // An item the organization is not assigned: nothing.
    expect(listUpdatePeriods(fx.user('mttq'), 'target', fx.targetId('2.1.01'))).toEqual([]);
    expect(refusalOf(() => listUpdatePeriods(fx.user('bithu'), 'target', fx.targetId('2.1.01')))).toBe(403);
  });
});

describe('cadence', () => {
  it('a change mid-year keeps every update already filed, and changes only what is asked', () => {
    const admin = fx.user('admin');
    const hnd = fx.orgId('HND');
    // The Farmers' Association's task, made monthly: January is filed and approved.
    const task = fx.taskId('III.8.1');
    expect(setItemCadence(admin, 'task', task, 'monthly')).toEqual({ ok: true });
    const jan = saveUpdate(
      fx.user('hoinongdan'),
      {
        ...input('2.1.01', '2023-M01', 0),
        kind: 'task',
        subjectId: task,
        value: null,
        figureKind: null,
        taskStatus: 'on_track',
        progress: 10,
        narrative: 'Chuẩn bị Đại hội',
      },
      'submit',
    );
    expect(jan.ok).toBe(true);
    approveUpdates(fx.user('bithu'), [{ id: jan.ok ? jan.id : 0, version: 1 }]);
    expect(dueForOrganization(getDb(), hnd, '2023-03-01').upcoming.map((p) => p.code)).toEqual(['2023-M02']);

    // Back to quarterly in March: nothing filed is lost, the months are no longer asked.
    const stored = () => getSqlite().prepare(`SELECT id, state, period_id FROM updates WHERE task_id = ?`).all(task);
    const filed = stored();
    expect(refusalOf(() => setItemCadence(fx.user('ubnd'), 'task', task, 'quarterly'))).toBe(403);
    expect(setItemCadence(admin, 'task', task, 'quarterly')).toEqual({ ok: true });
    expect(stored()).toEqual(filed);
    const due = dueForOrganization(getDb(), hnd, '2023-03-01');
    expect(due.upcoming.map((p) => p.code)).toEqual(['2023-Q1']);
    expect(due.gaps.map((g) => g.subjectCode)).toEqual(['III.8.1']);
    expect(listGapsForPeriod(fx.user('bithu'), fx.periodId('2023-M02'))!.filter((g) => g.subjectId === task)).toEqual(
      [],
    );
    expect(filed).toEqual([expect.objectContaining({ state: 'approved', period_id: fx.periodId('2023-M01') })]);
  });

  it('in bulk: every task of the resolution yearly, then back to the default', () => {
    const admin = fx.user('admin');
    const result = setBulkCadence(admin, 'task', 'yearly');
    expect(result).toMatchObject({ ok: true });
    expect(dueForOrganization(getDb(), fx.orgId('HND'), '2023-03-01').upcoming.map((p) => p.code)).toEqual(['2023-Y']);
    expect(setBulkCadence(admin, 'task', null)).toMatchObject({ ok: true });
    expect(dueForOrganization(getDb(), fx.orgId('HND'), '2023-03-01').upcoming.map((p) => p.code)).toEqual(['2023-Q1']);
  });
});
