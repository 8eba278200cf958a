// Integration: the data layer refuses access one way (lib/auth/auth-error.ts): it throws
// AuthError, 403 for a role that never does this, 404 for a record outside the caller's scope,
// whatever page, action or route asked. The conversions not covered beside their own features
// (workflow-reads, workflow-transitions, comments, evidence, reporting-rhythm), and a guard that
// keeps the other ways out of db/access.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getSqlite } from '@/db/client';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { refusalOf } from '@/test/refusal';
import {
  getRhythm,
  listQualitativeTargets,
  listRhythmBoard,
  recordJudgement,
  setBulkCadence,
  setDefaultCadence,
  setTaskDeadline,
  setYearEndOnly,
} from './assignment-rhythm';
import { openNotification } from './notifications';
import { reopenPeriod } from './period-closing';
import { getAssignedSubject } from './subjects';
import { readableScope } from './update-view';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => undefined }));

let fx: Fixture;
beforeAll(() => {
  fx = createWorkflowFixture();
});
afterAll(() => fx.cleanup());

function notificationFor(username: string, key: string): number {
  const result = getSqlite()
    .prepare(
      `INSERT INTO notifications (user_id, idempotency_key, kind, title, body, path)
       VALUES (?, ?, 'comment', 'Ý kiến mới', 'Nội dung', '/dashboard/updates/1')`,
    )
    .run(fx.user(username).id, key);
  return Number(result.lastInsertRowid);
}

describe('records outside the caller’s scope look missing (AuthError 404)', () => {
  it('someone else’s notification is neither opened nor marked read', () => {
    const id = notificationFor('ubnd', 'refusal-rule-1');
    const readAt = () => getSqlite().prepare('SELECT read_at AS readAt FROM notifications WHERE id = ?').get(id);
    expect(refusalOf(() => openNotification(fx.user('mttq'), id))).toBe(404);
    expect(refusalOf(() => openNotification(fx.user('bithu'), id))).toBe(404);
    expect(readAt()).toEqual({ readAt: null });
    expect(openNotification(fx.user('ubnd'), id)).toBe('/dashboard/updates/1');
    expect(readAt()).not.toEqual({ readAt: null });
  });

  it('a target or task of another organization is not offered to report on', () => {
    // 2.1.01 is the People's Committee's target; the Fatherland Front is not assigned to it.
    expect(getAssignedSubject(fx.user('ubnd'), 'target', fx.targetId('2.1.01'))).toMatchObject({ role: 'lead' });
    expect(refusalOf(() => getAssignedSubject(fx.user('mttq'), 'target', fx.targetId('2.1.01')))).toBe(404);
    expect(refusalOf(() => getAssignedSubject(fx.user('bithu'), 'target', fx.targetId('2.1.01')))).toBe(403);
  });
});

describe('a role that never does this is refused (AuthError 403)', () => {
  it('reads no update at all as the administrator', () => {
    expect(refusalOf(() => readableScope(fx.user('admin')))).toBe(403);
    expect(readableScope(fx.user('bithu'))).toBeUndefined();
  });

  it('the chair’s cut-off and judgements are the chair’s', () => {
    const before = fx.snapshot();
    const reopen = { periodId: fx.periodId('2023-H1'), organizationId: fx.orgId('UBND'), reason: 'Muộn', days: 3 };
    expect(refusalOf(() => reopenPeriod(fx.user('ubnd'), reopen))).toBe(403);
    expect(refusalOf(() => reopenPeriod(fx.user('admin'), reopen))).toBe(403);
    expect(refusalOf(() => listQualitativeTargets(fx.user('ubnd')))).toBe(403);
    const judgement = { targetId: fx.targetId('2.1.01'), judgement: 'met' as const, note: null };
    expect(refusalOf(() => recordJudgement(fx.user('admin'), judgement))).toBe(403);
    expect(fx.snapshot()).toBe(before);
  });

  it('the cadences, year-end marks and deadlines are the administrator’s', () => {
    const settingsBefore = getSqlite().prepare('SELECT * FROM settings ORDER BY key').all();
    const before = fx.snapshot();
    const chair = fx.user('bithu');
    const task = fx.taskId('III.8.1');
    expect(refusalOf(() => getRhythm(chair, 'task', task))).toBe(403);
    expect(refusalOf(() => listRhythmBoard(fx.user('ubnd')))).toBe(403);
    expect(refusalOf(() => setBulkCadence(chair, 'task', 'monthly'))).toBe(403);
    expect(refusalOf(() => setDefaultCadence(fx.user('ubnd'), 'task', 'monthly'))).toBe(403);
    expect(refusalOf(() => setYearEndOnly(chair, fx.targetId('2.1.01'), true))).toBe(403);
    expect(refusalOf(() => setTaskDeadline(fx.user('ubnd'), task, '2023-10-01'))).toBe(403);
    expect(fx.snapshot()).toBe(before);
    expect(getSqlite().prepare('SELECT * FROM settings ORDER BY key').all()).toEqual(settingsBefore);
    expect(getRhythm(fx.user('admin'), 'task', task)).toMatchObject({ deadline: null });
  });
});

describe('the one way stays the only way', () => {
  const dir = path.join(process.cwd(), 'db', 'access');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: f, text: readFileSync(path.join(dir, f), 'utf8') }));

  it('no data function refuses with an assert (it would answer 500 and log nothing)', () => {
    const asserting = sources.filter(({ text }) => /from ['"](node:)?assert(\/strict)?['"]|\bassert\(/.test(text));
    expect(asserting.map((s) => s.file)).toEqual([]);
  });

  it('no data function answers a wrong role or scope with a code: it throws AuthError', () => {
    const coded = sources.filter(({ text }) => /code: 'forbidden'|'forbidden' as const/.test(text));
    expect(coded.map((s) => s.file)).toEqual([]);
  });

  it('no role check returns instead of throwing', () => {
    // `if (user.role !== 'chair') return null;` was the third way; assertRole/assertOfficer throw.
    const returning = sources.filter(({ text }) => /\.role\s*!==\s*'[a-z]+'[^\n;{]*\)\s*return\b/.test(text));
    expect(returning.map((s) => s.file)).toEqual([]);
  });
});
