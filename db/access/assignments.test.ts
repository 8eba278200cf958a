import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, openAuthTestDb } from '@/test/auth-test-db';
import { getDb } from '../client';
import { assignments, auditLog, resolutions, targets, taskGroups, tasks, users } from '../schema';
import { getAssignmentSubject, listAssignmentBoard, setAssignments } from './assignments';
import { countOpenImportWarnings, listImportWarnings, markImportWarningHandled } from './import-warnings';
import { AuthError } from '@/lib/auth/auth-error';
import { loadActiveUser, type CurrentUser } from './session';

let env: ReturnType<typeof openAuthTestDb>;
let targetId: number;
let taskId: number;
const as = (id: number): CurrentUser =>
  loadActiveUser(id, getDb().select({ sv: users.sessionVersion }).from(users).where(eq(users.id, id)).get()!.sv)!;
const rowsOf = (column: 'targetId' | 'taskId', id: number) =>
  getDb()
    .select({ organizationId: assignments.organizationId, role: assignments.role })
    .from(assignments)
    .where(eq(assignments[column], id))
    .orderBy(assignments.organizationId)
    .all();

const warning = {
  code: 'figure-conflict',
  message: 'Số liệu không khớp: chỉ tiêu 2.1.09 “Tỷ lệ hộ nghèo” là 1,25 % nhưng nhiệm vụ III.3.1 ghi 1,45 %.',
  line: 61,
  refs: ['2.1.09', 'III.3.1'],
};

beforeAll(() => {
  env = openAuthTestDb();
  const db = getDb();
  const resolutionId = db
    .insert(resolutions)
    .values({
      state: 'current',
      year: 2023,
      title: 'Nghị quyết năm 2023',
      issuingBody: 'Đảng bộ phường',
      conference: 'Hội nghị',
      objectives: '',
      reviewSummary: '',
      reviewShortcomings: '',
      sourceText: '',
      sourceSha256: 'x',
      importWarnings: [warning],
    })
    .returning({ id: resolutions.id })
    .get().id;
  targetId = db
    .insert(targets)
    .values({
      resolutionId,
      code: '2.1.09',
      category: '2.1',
      ordinal: 9,
      name: 'Tỷ lệ hộ nghèo',
      targetValue: 1.25,
      unit: '%',
      direction: 'max',
      sourceLine: '- Tỷ lệ hộ nghèo: 1,25%',
      sourceRef: 'II.2.1',
    })
    .returning({ id: targets.id })
    .get().id;
  const groupId = db
    .insert(taskGroups)
    .values({ resolutionId, number: 6, title: 'Hội đồng nhân dân phường' })
    .returning({ id: taskGroups.id })
    .get().id;
  taskId = db
    .insert(tasks)
    .values({
      groupId,
      code: 'III.6.1',
      paragraph: 1,
      text: 'Nâng cao chất lượng hoạt động của HĐND.',
      sourceRef: 'III.6',
    })
    .returning({ id: tasks.id })
    .get().id;
  db.insert(assignments)
    .values([
      { organizationId: env.orgs.UBND, targetId, role: 'lead' },
      { organizationId: env.orgs.HDND, taskId, role: 'lead' },
    ])
    .run();
});
afterAll(() => env.cleanup());

describe('assignments', () => {
  it('are the administrator’s alone: officers and the chair are refused, nothing written', () => {
    const before = { audits: auditCount(), target: rowsOf('targetId', targetId) };
    for (const actor of [as(env.ids.hdnd), as(env.ids.bithu)]) {
      expect(() => listAssignmentBoard(actor)).toThrow(AuthError);
      expect(() => getAssignmentSubject(actor, 'target', targetId)).toThrow(AuthError);
      expect(() =>
        setAssignments(actor, 'target', targetId, [{ organizationId: actor.organizationId!, role: 'lead' }], null),
      ).toThrow(AuthError);
      expect(() => listImportWarnings(actor)).toThrow(AuthError);
    }
    expect({ audits: auditCount(), target: rowsOf('targetId', targetId) }).toEqual(before);
  });

  it('lists the board with each subject’s organizations', () => {
    const board = listAssignmentBoard(as(env.ids.admin));
    expect(board.targets).toEqual([
      {
        kind: 'target',
        id: targetId,
        code: '2.1.09',
        text: 'Tỷ lệ hộ nghèo',
        organizations: [{ organizationId: env.orgs.UBND, code: 'UBND', name: 'Ủy ban nhân dân phường', role: 'lead' }],
      },
    ]);
    expect(board.tasks[0]).toMatchObject({
      kind: 'task',
      id: taskId,
      code: 'III.6.1',
      organizations: [{ code: 'HDND', role: 'lead' }],
    });
  });

  it('replaces a target’s organizations and audits before and after in one step', () => {
    const admin = as(env.ids.admin);
    const result = setAssignments(
      admin,
      'target',
      targetId,
      [
        { organizationId: env.orgs.HDND, role: 'lead' },
        { organizationId: env.orgs.UBND, role: 'coordinate' },
      ],
      '9.9.9.9',
    );
    expect(result).toEqual({ ok: true, changed: true });
    expect(rowsOf('targetId', targetId)).toEqual(
      [
        { organizationId: env.orgs.HDND, role: 'lead' },
        { organizationId: env.orgs.UBND, role: 'coordinate' },
      ].sort((a, b) => a.organizationId - b.organizationId),
    );
    const audit = getDb().select().from(auditLog).orderBy(auditLog.id).all().at(-1)!;
    expect(audit).toMatchObject({
      action: 'assignments_changed',
      entityType: 'target',
      entityId: targetId,
      actorId: admin.id,
      ip: '9.9.9.9',
    });
    expect(audit.details).toEqual({ code: '2.1.09', before: ['UBND:lead'], after: ['HDND:lead', 'UBND:coordinate'] });
  });

  it('reports no change and writes nothing when the set is the same', () => {
    const before = auditCount();
    expect(
      setAssignments(
        as(env.ids.admin),
        'target',
        targetId,
        [
          { organizationId: env.orgs.UBND, role: 'coordinate' },
          { organizationId: env.orgs.HDND, role: 'lead' },
        ],
        null,
      ),
    ).toEqual({ ok: true, changed: false });
    expect(auditCount()).toBe(before);
  });

  it('refuses a set without a lead, an unknown organization or subject, writing nothing', () => {
    const admin = as(env.ids.admin);
    const before = { audits: auditCount(), task: rowsOf('taskId', taskId) };
    expect(
      setAssignments(admin, 'task', taskId, [{ organizationId: env.orgs.UBND, role: 'coordinate' }], null),
    ).toEqual({ ok: false, error: { code: 'no_lead' } });
    expect(setAssignments(admin, 'task', taskId, [{ organizationId: 9999, role: 'lead' }], null)).toEqual({
      ok: false,
      error: { code: 'organization_missing' },
    });
    expect(setAssignments(admin, 'task', 9999, [{ organizationId: env.orgs.UBND, role: 'lead' }], null)).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(
      setAssignments(admin, 'target', taskId + 1000, [{ organizationId: env.orgs.UBND, role: 'lead' }], null),
    ).toEqual({ ok: false, error: { code: 'not_found' } });
    expect({ audits: auditCount(), task: rowsOf('taskId', taskId) }).toEqual(before);
  });

  it('moves a task to another organization', () => {
    expect(
      setAssignments(as(env.ids.admin), 'task', taskId, [{ organizationId: env.orgs.DU, role: 'lead' }], null),
    ).toEqual({ ok: true, changed: true });
    expect(rowsOf('taskId', taskId)).toEqual([{ organizationId: env.orgs.DU, role: 'lead' }]);
  });

  it('shows the import warnings to the administrator', () => {
    expect(listImportWarnings(as(env.ids.admin))).toEqual([
      { resolutionId: expect.any(Number), year: 2023, title: 'Nghị quyết năm 2023', warnings: [warning] },
    ]);
  });
});

describe('marking an import warning handled', () => {
  it('is the administrator’s alone, names the warning by place and code, and is audited', () => {
    const { resolutionId } = listImportWarnings(as(env.ids.admin))[0]!;
    expect(() =>
      markImportWarningHandled(as(env.ids.bithu), { resolutionId, index: 0, code: 'figure-conflict' }),
    ).toThrow(AuthError);
    expect(markImportWarningHandled(as(env.ids.admin), { resolutionId, index: 0, code: 'other' })).toEqual({
      ok: false,
      code: 'not_found',
    });
    expect(countOpenImportWarnings(as(env.ids.admin))).toBe(1);
    const before = auditCount();
    expect(
      markImportWarningHandled(
        as(env.ids.admin),
        { resolutionId, index: 0, code: 'figure-conflict' },
        { now: 1_700_000_000_000 },
      ),
    ).toEqual({ ok: true });
    expect(countOpenImportWarnings(as(env.ids.admin))).toBe(0);
    expect(listImportWarnings(as(env.ids.admin))[0]!.warnings[0]).toEqual({
      ...warning,
      handledAt: 1_700_000_000_000,
      handledBy: as(env.ids.admin).displayName,
    });
    expect(auditCount()).toBe(before + 1);
    expect(markImportWarningHandled(as(env.ids.admin), { resolutionId, index: 0, code: 'figure-conflict' })).toEqual({
      ok: false,
      code: 'already',
    });
  });
});
