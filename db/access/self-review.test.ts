// Integration (15.12a): "tự duyệt". The chair belongs to the Party Committee (DU), whose own
// officer files the Party-building updates. The chair approves or returns those one by one, never
// in a bulk approval, and the audit row and the queue card say it was a self-review.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getSqlite } from '@/db/client';
import { insertUpdate } from '@/test/update-rows';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { listQueue } from './approval-queue';
import { approveUpdates, returnUpdate } from './approvals';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => {} }));

let fx: Fixture;
beforeAll(() => {
  fx = createWorkflowFixture();
});
afterAll(() => fx.cleanup());

const stateOf = (id: number) =>
  (getSqlite().prepare('SELECT state FROM updates WHERE id = ?').get(id) as { state: string }).state;
const lastAudit = (id: number) => {
  const row = getSqlite()
    .prepare("SELECT action, details FROM audit_log WHERE entity_type = 'update' AND entity_id = ? ORDER BY id DESC")
    .get(id) as { action: string; details: string };
  return { action: row.action, details: JSON.parse(row.details) as Record<string, unknown> };
};
const orgOf = (id: number) =>
  (
    getSqlite()
      .prepare('SELECT o.code FROM updates u JOIN organizations o ON o.id = u.organization_id WHERE u.id = ?')
      .get(id) as { code: string }
  ).code;

describe('the chair reviewing the Party Committee’s own updates (tự duyệt)', () => {
  it('the chair belongs to the Party Committee, which leads the Party-building target 2.2.01', () => {
    const own = insertUpdate(getSqlite(), {
      kind: 'target',
      subjectCode: '2.2.01',
      period: '2023-Q1',
      state: 'submitted',
    });
    expect(orgOf(own)).toBe('DU');
    expect(fx.user('bithu').organizationId).toBe(fx.orgId('DU'));
  });

  it('a bulk approval leaves the chair’s own organization’s update out and approves the others', () => {
    const own = insertUpdate(getSqlite(), {
      kind: 'target',
      subjectCode: '2.2.01',
      period: '2023-Q2',
      state: 'submitted',
    });
    const other = insertUpdate(getSqlite(), {
      kind: 'target',
      subjectCode: '2.1.01',
      period: '2023-Q2',
      state: 'submitted',
    });
    expect(orgOf(other)).not.toBe('DU');
    const outcomes = approveUpdates(
      fx.user('bithu'),
      [
        { id: own, version: 1 },
        { id: other, version: 1 },
      ],
      { bulk: true },
    );
    expect(outcomes).toEqual([
      { id: own, ok: false, code: 'self_review_bulk' },
      { id: other, ok: true, version: 2 },
    ]);
    expect(stateOf(own)).toBe('submitted');
    expect(stateOf(other)).toBe('approved');
    expect(lastAudit(other).details).not.toHaveProperty('selfReview');
  });

  it('approved on its own, the update is approved and its audit row says self-review', () => {
    const own = insertUpdate(getSqlite(), {
      kind: 'target',
      subjectCode: '2.2.01',
      period: '2023-Q3',
      state: 'submitted',
    });
    expect(approveUpdates(fx.user('bithu'), [{ id: own, version: 1 }])).toEqual([{ id: own, ok: true, version: 2 }]);
    expect(stateOf(own)).toBe('approved');
    expect(lastAudit(own)).toEqual({
      action: 'update.approve',
      details: { from: 'submitted', to: 'approved', version: 2, selfReview: true },
    });
  });

  it('a return of its own update is allowed and marked too', () => {
    const own = insertUpdate(getSqlite(), {
      kind: 'target',
      subjectCode: '2.2.01',
      period: '2023-Q4',
      state: 'submitted',
    });
    expect(returnUpdate(fx.user('bithu'), { id: own, version: 1, reason: 'Bổ sung nguồn số liệu' })).toMatchObject({
      ok: true,
    });
    expect(lastAudit(own).details).toMatchObject({ to: 'returned', selfReview: true });
  });

  it('the queue marks the chair’s own organization’s updates, and only those', () => {
    const own = insertUpdate(getSqlite(), {
      kind: 'target',
      subjectCode: '2.2.02',
      period: '2023-Q1',
      state: 'submitted',
    });
    const other = insertUpdate(getSqlite(), {
      kind: 'target',
      subjectCode: '2.1.02',
      period: '2023-Q1',
      state: 'submitted',
    });
    const page = listQueue(fx.user('bithu'), { organizationId: null, kind: null, subjectId: null, periodId: null }, 1)!;
    const flag = (id: number) => page.items.find((i) => i.id === id)?.selfReview;
    expect(flag(own)).toBe(true);
    expect(flag(other)).toBe(false);
  });
});
