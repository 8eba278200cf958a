// Integration: the official figure of a target is its CURRENT lead's. Moving the lead to another
// organization turns the former lead's open updates into contributions, so approving one later
// never makes it the public figure, and the public pages pick only the current lead's updates.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getSqlite } from '@/db/client';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { approveUpdates } from './approvals';
import { setAssignments } from './assignments';
import { readTargetHistory } from './public-detail';
import { loadPublicSummary } from './public-summary';
import type { CurrentUser } from './session';
import { saveUpdate, type UpdateInput } from './updates';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => undefined }));

let fx: Fixture;
let target: number;
const code = '2.1.01';

const input = (period: string, value: number): UpdateInput => ({
  id: null,
  version: null,
  kind: 'target',
  subjectId: target,
  periodId: fx.periodId(period),
  value,
  note: 'Số liệu thống kê',
  taskStatus: null,
  progress: null,
  narrative: null,
});
const admin = (): CurrentUser => ({
  ...fx.user('admin'),
  username: 'admin',
  displayName: 'Văn phòng',
  organizationCode: null,
  organizationName: null,
});
const submit = (username: string, period: string, value: number) => {
  const saved = saveUpdate(fx.user(username), input(period, value), 'submit');
  if (!saved.ok) throw new Error(saved.code);
  return saved;
};
const approve = (saved: { id: number; version: number }) => {
  const [outcome] = approveUpdates(fx.user('bithu'), [{ id: saved.id, version: saved.version }]);
  expect(outcome).toMatchObject({ ok: true });
};
const roleOf = (id: number) =>
  (getSqlite().prepare('SELECT role FROM updates WHERE id = ?').get(id) as { role: string }).role;
const publicValue = () => loadPublicSummary()!.targets.find((t) => t.code === code)!.latest?.value ?? null;

beforeAll(() => {
  fx = createWorkflowFixture();
  target = fx.targetId(code);
});
afterAll(() => fx.cleanup());

describe('reassigning a target’s lead', () => {
  it('makes the former lead’s pending update a contribution, never the official figure', () => {
    const lead = (
      getSqlite()
        .prepare(
          "SELECT o.code FROM assignments a JOIN organizations o ON o.id = a.organization_id WHERE a.target_id = ? AND a.role = 'lead'",
        )
        .get(target) as { code: string }
    ).code;
    expect(lead).toBe('UBND');
    approve(submit('ubnd', '2023-M01', 100));
    expect(publicValue()).toBe(100);
    const pending = submit('ubnd', '2023-M02', 999);
    expect(roleOf(pending.id)).toBe('lead');

    const moved = setAssignments(
      admin(),
      'target',
      target,
      [
        { organizationId: fx.orgId('HDND'), role: 'lead' },
        { organizationId: fx.orgId('UBND'), role: 'coordinate' },
      ],
      null,
    );
    expect(moved).toEqual({ ok: true, changed: true });
    expect(roleOf(pending.id)).toBe('coordinate');

    // The chair approves the former lead's update: it is kept, as a contribution.
    const [outcome] = approveUpdates(fx.user('bithu'), [{ id: pending.id, version: pending.version }]);
    expect(outcome).toMatchObject({ ok: true });
    expect(roleOf(pending.id)).toBe('coordinate');
    expect(publicValue()).not.toBe(999);
    expect(readTargetHistory(target).map((r) => r.value)).not.toContain(999);
  });

  it('shows only the organization that leads now on the public pages', () => {
    // UBND's approved January figure was official when approved; the public now follows HĐND.
    expect(publicValue()).toBeNull();
    expect(readTargetHistory(target)).toEqual([]);
    approve(submit('hdnd', '2023-M01', 120));
    expect(publicValue()).toBe(120);
    expect(readTargetHistory(target).map((r) => r.value)).toEqual([120]);
  });

  it('makes the new lead’s pending contribution official once approved', () => {
    const earlier = submit('ubnd', '2023-M03', 130);
    expect(roleOf(earlier.id)).toBe('coordinate');
    setAssignments(admin(), 'target', target, [{ organizationId: fx.orgId('UBND'), role: 'lead' }], null);
    expect(roleOf(earlier.id)).toBe('lead');
    approve({ id: earlier.id, version: earlier.version });
    expect(publicValue()).toBe(130);
  });
});
