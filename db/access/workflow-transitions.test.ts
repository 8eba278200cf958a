// Integration: every transition of an update and every refusal, on a real seeded SQLite file.
// A refusal must leave every workflow table exactly as it was.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RefusalStatus } from '@/lib/auth/auth-error';
import { refusalOf } from '@/test/refusal';
import { getSqlite } from '@/db/client';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { approveUpdates, returnUpdate } from './approvals';
import { saveUpdate, type UpdateInput } from './updates';

const revalidated = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => void revalidated.count++ }));

let fx: Fixture;
beforeAll(() => {
  fx = createWorkflowFixture();
});
afterAll(() => fx.cleanup());

const row = (id: number) =>
  getSqlite().prepare('SELECT * FROM updates WHERE id = ?').get(id) as Record<string, unknown>;
const auditFor = (id: number) =>
  (
    getSqlite()
      .prepare("SELECT action, details FROM audit_log WHERE entity_type = 'update' AND entity_id = ? ORDER BY id")
      .all(id) as {
      action: string;
      details: string;
    }[]
  ).map((a) => ({ action: a.action, details: JSON.parse(a.details) as Record<string, unknown> }));

function targetInput(overrides: Partial<UpdateInput> = {}): UpdateInput {
  return {
    id: null,
    version: null,
    kind: 'target',
    subjectId: fx.targetId('2.1.05'),
    periodId: fx.periodId('2023-Q1'),
    value: 85.5,
    note: 'Số liệu của Ban công tác Mặt trận',
    taskStatus: null,
    progress: null,
    narrative: null,
    ...overrides,
  };
}

/** Runs `action` and asserts it was refused with `code` and wrote nothing at all. */
/** A typed workflow outcome (`code`) or an access refusal (AuthError `status`); nothing written either way. */
function expectRefused(code: string | RefusalStatus, action: () => unknown) {
  const before = fx.snapshot();
  if (typeof code === 'number') {
    expect(refusalOf(action)).toBe(code);
  } else {
    const result = action();
    const outcome = Array.isArray(result) ? result[0] : result;
    expect(outcome).toMatchObject({ ok: false, code });
  }
  expect(fx.snapshot()).toBe(before);
}

describe('the whole loop: draft → submitted → returned → draft → submitted → approved', () => {
  let id: number;

  it('creates a draft as the lead organization, audited', () => {
    const mttq = fx.user('mttq');
    const result = saveUpdate(mttq, targetInput({ value: null }), 'save');
    expect(result).toMatchObject({ ok: true, state: 'draft', version: 1 });
    id = (result as { id: number }).id;
    expect(row(id)).toMatchObject({
      state: 'draft',
      role: 'lead',
      value: null,
      author_id: mttq.id,
      organization_id: fx.orgId('MTTQ'),
    });
    expect(auditFor(id)).toEqual([
      { action: 'update.create', details: expect.objectContaining({ from: null, to: 'draft', version: 1 }) },
    ]);
  });

  it('edits the draft at the version it was loaded with', () => {
    const result = saveUpdate(fx.user('mttq'), targetInput({ id, version: 1, value: 86.25 }), 'save');
    expect(result).toMatchObject({ ok: true, state: 'draft', version: 2 });
    expect(row(id)).toMatchObject({ value: 86.25, version: 2 });
    expect(auditFor(id)[1]).toEqual({
      action: 'update.save',
      details: expect.objectContaining({ changes: { value: { before: null, after: 86.25 } } }),
    });
  });

  it('refuses a stale edit (another tab saved first) and writes nothing', () => {
    expectRefused('stale_version', () =>
      saveUpdate(fx.user('mttq'), targetInput({ id, version: 1, value: 1 }), 'save'),
    );
  });

  it('refuses to submit without a value and accepts it with one', () => {
    expectRefused('value_required', () =>
      saveUpdate(fx.user('mttq'), targetInput({ id, version: 2, value: null }), 'submit'),
    );
    const result = saveUpdate(fx.user('mttq'), targetInput({ id, version: 2 }), 'submit');
    expect(result).toMatchObject({ ok: true, state: 'submitted', version: 3 });
    expect(row(id).submitted_at).toEqual(expect.any(Number));
  });

  it('refuses the author editing or resubmitting the submitted update', () => {
    expectRefused('locked_submitted', () =>
      saveUpdate(fx.user('mttq'), targetInput({ id, version: 3, value: 90 }), 'save'),
    );
    expectRefused('locked_submitted', () => saveUpdate(fx.user('mttq'), targetInput({ id, version: 3 }), 'submit'));
  });

  it('refuses an officer approving or returning, even their own update', () => {
    expectRefused(403, () => approveUpdates(fx.user('mttq'), [{ id, version: 3 }]));
    expectRefused(403, () => returnUpdate(fx.user('ubnd'), { id, version: 3, reason: 'x' }));
    expectRefused(403, () => approveUpdates(fx.user('admin'), [{ id, version: 3 }]));
  });

  it('refuses a return without a reason, and a return at a stale version', () => {
    expectRefused('reason_required', () => returnUpdate(fx.user('bithu'), { id, version: 3, reason: '   ' }));
    expectRefused('stale_version', () => returnUpdate(fx.user('bithu'), { id, version: 2, reason: 'Thiếu nguồn' }));
  });

  it('returns with the reason, audited', () => {
    const chair = fx.user('bithu');
    expect(returnUpdate(chair, { id, version: 3, reason: '  Cần ghi rõ nguồn số liệu  ' })).toEqual({
      id,
      ok: true,
      version: 4,
    });
    expect(row(id)).toMatchObject({
      state: 'returned',
      return_reason: 'Cần ghi rõ nguồn số liệu',
      reviewer_id: chair.id,
    });
    expect(auditFor(id).at(-1)).toEqual({
      action: 'update.return',
      details: expect.objectContaining({ from: 'submitted', to: 'returned', reason: 'Cần ghi rõ nguồn số liệu' }),
    });
    expect(revalidated.count).toBe(0);
  });

  it('refuses approving or returning the returned update', () => {
    expectRefused('already_returned', () => approveUpdates(fx.user('bithu'), [{ id, version: 4 }]));
  });

  it('the officer corrects it (a draft again, the reason kept) and resubmits', () => {
    const saved = saveUpdate(
      fx.user('mttq'),
      targetInput({ id, version: 4, value: 87.1, note: 'Nguồn: báo cáo tổ dân phố' }),
      'save',
    );
    expect(saved).toMatchObject({ ok: true, state: 'draft', version: 5 });
    expect(row(id)).toMatchObject({ state: 'draft', return_reason: 'Cần ghi rõ nguồn số liệu' });
    expect(saveUpdate(fx.user('mttq'), targetInput({ id, version: 5, value: 87.1 }), 'submit')).toMatchObject({
      state: 'submitted',
      version: 6,
    });
    expect(row(id)).toMatchObject({ reviewer_id: null, reviewed_at: null });
  });

  it('approves, refreshes the public pages, and refuses a second approval', () => {
    const chair = fx.user('bithu');
    expect(approveUpdates(chair, [{ id, version: 6 }])).toEqual([{ id, ok: true, version: 7 }]);
    expect(row(id)).toMatchObject({
      state: 'approved',
      reviewer_id: chair.id,
      reviewed_at: expect.any(Number),
      value: 87.1,
    });
    expect(revalidated.count).toBe(1);
    expectRefused('already_approved', () => approveUpdates(chair, [{ id, version: 7 }]));
    expectRefused('already_approved', () => approveUpdates(chair, [{ id, version: 6 }]));
    expectRefused('already_approved', () => returnUpdate(chair, { id, version: 7, reason: 'Muộn' }));
    expect(revalidated.count).toBe(1);
  });

  it('never changes the approved update', () => {
    expectRefused('immutable_approved', () =>
      saveUpdate(fx.user('mttq'), targetInput({ id, version: 7, value: 1 }), 'save'),
    );
    expectRefused('immutable_approved', () => saveUpdate(fx.user('mttq'), targetInput({ id, version: 7 }), 'submit'));
  });

  it('recorded every transition in the audit log, in order', () => {
    expect(auditFor(id).map((a) => a.action)).toEqual([
      'update.create',
      'update.save',
      'update.submit',
      'update.return',
      'update.save',
      'update.submit',
      'update.approve',
    ]);
  });

  it('a correction after approval is a new update for the same period', () => {
    const result = saveUpdate(fx.user('mttq'), targetInput({ value: 88 }), 'save');
    expect(result).toMatchObject({ ok: true, state: 'draft', version: 1 });
    expect((result as { id: number }).id).not.toBe(id);
  });
});

describe('refusals across organizations and roles', () => {
  it("hides another organization's target, task and update", () => {
    const hnd = fx.user('hoinongdan');
    expectRefused(404, () => saveUpdate(hnd, targetInput(), 'save'));
    expectRefused(404, () =>
      saveUpdate(
        hnd,
        {
          ...targetInput(),
          kind: 'task',
          subjectId: fx.taskId('III.1.1'),
          value: null,
          taskStatus: 'on_track',
          progress: 10,
          narrative: 'x',
        },
        'save',
      ),
    );
    const own = saveUpdate(fx.user('ubnd'), targetInput({ subjectId: fx.targetId('2.1.01'), value: 300 }), 'save') as {
      id: number;
    };
    expectRefused(404, () =>
      saveUpdate(hnd, targetInput({ id: own.id, version: 1, subjectId: fx.targetId('2.1.01') }), 'save'),
    );
    expectRefused(404, () =>
      saveUpdate(fx.user('mttq'), targetInput({ id: own.id, version: 1, subjectId: fx.targetId('2.1.01') }), 'submit'),
    );
  });

  it('refuses the chair and the administrator writing updates', () => {
    expectRefused(403, () => saveUpdate(fx.user('bithu'), targetInput(), 'save'));
    expectRefused(403, () => saveUpdate(fx.user('admin'), targetInput(), 'submit'));
  });

  it('refuses approving a draft, and approving an update that does not exist', () => {
    const draft = saveUpdate(fx.user('mttq'), targetInput({ periodId: fx.periodId('2023-M01') }), 'save') as {
      id: number;
    };
    expectRefused('not_submitted', () => approveUpdates(fx.user('bithu'), [{ id: draft.id, version: 1 }]));
    expectRefused('not_submitted', () => returnUpdate(fx.user('bithu'), { id: draft.id, version: 1, reason: 'x' }));
    expectRefused('missing', () => approveUpdates(fx.user('bithu'), [{ id: 999999, version: 1 }]));
  });

  it('refuses a twin open update for the same period, naming the existing one', () => {
    const first = saveUpdate(fx.user('mttq'), targetInput({ periodId: fx.periodId('2023-M02') }), 'save') as {
      id: number;
    };
    const before = fx.snapshot();
    expect(saveUpdate(fx.user('mttq'), targetInput({ periodId: fx.periodId('2023-M02') }), 'submit')).toEqual({
      ok: false,
      code: 'duplicate_open',
      existingId: first.id,
    });
    expect(fx.snapshot()).toBe(before);
  });

  it('range-checks a rate within 0–100 and knows the period', () => {
    expectRefused('above_max', () =>
      saveUpdate(fx.user('mttq'), targetInput({ periodId: fx.periodId('2023-M03'), value: 100.5 }), 'save'),
    );
    expectRefused('below_min', () =>
      saveUpdate(fx.user('mttq'), targetInput({ periodId: fx.periodId('2023-M03'), value: -1 }), 'save'),
    );
    expectRefused('invalid_period', () => saveUpdate(fx.user('mttq'), targetInput({ periodId: 999999 }), 'save'));
    // 1e308 once passed and drew NaN on the chart: a count has a ceiling too.
    expectRefused('above_max', () =>
      saveUpdate(
        fx.user('ubnd'),
        targetInput({ subjectId: fx.targetId('2.1.01'), periodId: fx.periodId('2023-M03'), value: 1e308 }),
        'save',
      ),
    );
    expect(
      saveUpdate(fx.user('mttq'), targetInput({ periodId: fx.periodId('2023-M03'), value: 100 }), 'save'),
    ).toMatchObject({ ok: true });
  });
});

describe('task updates', () => {
  const taskInput = (overrides: Partial<UpdateInput> = {}): UpdateInput => ({
    id: null,
    version: null,
    kind: 'task',
    subjectId: fx.taskId('III.8.1'),
    periodId: fx.periodId('2023-Q2'),
    value: null,
    note: null,
    taskStatus: 'on_track',
    progress: 40,
    narrative: 'Chuẩn bị Đại hội Hội Nông dân',
    ...overrides,
  });

  it('records a coordinating organization as such', () => {
    const result = saveUpdate(fx.user('hoinongdan'), taskInput(), 'submit') as { id: number };
    expect(row(result.id)).toMatchObject({
      state: 'submitted',
      role: 'coordinate',
      kind: 'task',
      value: null,
      progress: 40,
    });
  });

  it('requires status, percent and narrative to submit; "done" means 100 %', () => {
    const p = (code: string) => ({ periodId: fx.periodId(code) });
    expectRefused('narrative_required', () =>
      saveUpdate(fx.user('mttq'), taskInput({ ...p('2023-Q3'), narrative: '  ' }), 'submit'),
    );
    expectRefused('status_required', () =>
      saveUpdate(fx.user('mttq'), taskInput({ ...p('2023-Q3'), taskStatus: null }), 'submit'),
    );
    expectRefused('progress_required', () =>
      saveUpdate(fx.user('mttq'), taskInput({ ...p('2023-Q3'), progress: null }), 'submit'),
    );
    expectRefused('done_needs_full_progress', () =>
      saveUpdate(fx.user('mttq'), taskInput({ ...p('2023-Q3'), taskStatus: 'done', progress: 80 }), 'save'),
    );
    expect(
      saveUpdate(fx.user('mttq'), taskInput({ ...p('2023-Q3'), narrative: null, progress: null }), 'save'),
    ).toMatchObject({ ok: true, state: 'draft' });
  });
});

describe('bulk approval', () => {
  it('approves every current update, refuses the stale and the unsubmitted, writes only the approved', () => {
    const ubnd = fx.user('ubnd');
    const ids = ['2023-M04', '2023-M05', '2023-M06'].map(
      (code) =>
        (
          saveUpdate(
            ubnd,
            targetInput({ subjectId: fx.targetId('2.1.03'), periodId: fx.periodId(code), value: 99 }),
            'submit',
          ) as { id: number }
        ).id,
    );
    const draft = (
      saveUpdate(
        ubnd,
        targetInput({ subjectId: fx.targetId('2.1.03'), periodId: fx.periodId('2023-M07'), value: 99 }),
        'save',
      ) as { id: number }
    ).id;
    const before = revalidated.count;
    const outcomes = approveUpdates(fx.user('bithu'), [
      { id: ids[0]!, version: 1 },
      { id: ids[1]!, version: 0 },
      { id: ids[2]!, version: 1 },
      { id: draft, version: 1 },
      { id: ids[0]!, version: 1 },
    ]);
    expect(outcomes).toEqual([
      { id: ids[0], ok: true, version: 2 },
      { id: ids[1], ok: false, code: 'stale_version' },
      { id: ids[2], ok: true, version: 2 },
      { id: draft, ok: false, code: 'not_submitted' },
    ]);
    expect([row(ids[0]!).state, row(ids[1]!).state, row(ids[2]!).state, row(draft).state]).toEqual([
      'approved',
      'submitted',
      'approved',
      'draft',
    ]);
    expect(auditFor(ids[1]!).map((a) => a.action)).toEqual(['update.submit']);
    expect(revalidated.count).toBe(before + 1);
  });
});
