// Integration, on a real seeded SQLite file: the officer dashboard's work does not grow with the
// organization's assignments (statements) nor with its approved history (what each per-row
// subquery reads). With 24 subjects and ~4,800 approved updates of its own, `ubnd`'s dashboard
// cost 40 ms of SQLite per request when the coordinating organization's own latest figure was
// searched through (organization, state): the whole approved history, once per subject.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeDb, getSqlite } from '@/db/client';
import { createWorkflowFixture, type Fixture } from '@/test/workflow-fixture';
import { insertUpdate } from '@/test/update-rows';
import { getOfficerDashboard } from './dashboard';

vi.mock('@/lib/revalidate-public', () => ({ revalidatePublicPages: () => undefined }));

let fx: Fixture;
let trace: string;

beforeAll(() => {
  fx = createWorkflowFixture();
  // SQL_TRACE_FILE: every statement the connection runs, values inlined (db/client.ts).
  trace = path.join(fx.root, 'sql.log');
  writeFileSync(trace, '');
  process.env.SQL_TRACE_FILE = trace;
  closeDb();
});
afterAll(() => {
  delete process.env.SQL_TRACE_FILE;
  fx.cleanup();
});

/** The statements one dashboard read runs. */
function statementsOf(work: () => void): string[] {
  const before = readFileSync(trace, 'utf8').length;
  work();
  return readFileSync(trace, 'utf8').slice(before).split('\n').filter(Boolean);
}

const read = () => {
  expect(getOfficerDashboard(fx.user('ubnd'), '2023-07-20')).not.toBeNull();
};

type PlanRow = { id: number; parent: number; detail: string };

/**
 * The searches of the updates table that run once per row of an outer query (inside a correlated
 * subquery) without naming the row's subject: each reads an organization's or a state's updates
 * whole, as many times as the page has rows.
 */
function perRowSearchesWithoutSubject(statement: string): string[] {
  const plan = getSqlite().prepare(`EXPLAIN QUERY PLAN ${statement}`).all() as PlanRow[];
  const byId = new Map(plan.map((row) => [row.id, row]));
  const correlated = (row: PlanRow): boolean => {
    for (let at = byId.get(row.parent); at; at = byId.get(at.parent))
      if (at.detail.startsWith('CORRELATED')) return true;
    return false;
  };
  return plan
    .filter((row) => /^SEARCH \w+ USING (?:COVERING )?INDEX updates_/.test(row.detail) && correlated(row))
    .filter((row) => !/\((?:target_id|task_id)=\?/.test(row.detail))
    .map((row) => row.detail);
}

describe('the officer dashboard', () => {
  it('runs the same statements for a few assignments as for every subject of the resolution', () => {
    const subjects = () => {
      const d = getOfficerDashboard(fx.user('ubnd'), '2023-07-20')!;
      return d.targets.length + d.tasks.length;
    };
    const fewSubjects = subjects();
    const few = statementsOf(read);
    const ubnd = fx.orgId('UBND');
    // UBND coordinates every target and task it was not assigned yet.
    for (const [column, table] of [
      ['target_id', 'targets'],
      ['task_id', 'tasks'],
    ])
      getSqlite()
        .prepare(`INSERT OR IGNORE INTO assignments (organization_id, ${column}, role) SELECT ?, id, ? FROM ${table}`)
        .run(ubnd, 'coordinate');
    expect(subjects()).toBeGreaterThan(fewSubjects + 5);
    const many = statementsOf(read);
    expect(many.length).toBe(few.length);
    expect(many.length).toBeGreaterThan(0);
  });

  it("reads each subject's own updates per row, never the organization's whole history", () => {
    // A history to read: UBND's approved figures for a coordinated subject (its own latest shows).
    const sqlite = getSqlite();
    for (const period of ['2023-Q1', '2023-Q2'])
      insertUpdate(sqlite, {
        kind: 'target',
        subjectCode: '2.1.05',
        period,
        state: 'approved',
        value: 90,
        org: 'UBND',
      });
    const statements = statementsOf(read);
    const dashboard = getOfficerDashboard(fx.user('ubnd'), '2023-07-20')!;
    expect(dashboard.targets.find((t) => t.code === '2.1.05')!.own).toMatchObject({ value: 90, periodCode: '2023-Q2' });
    const found = statements
      .filter((s) => /^\s*(SELECT|WITH)\b/i.test(s))
      .flatMap((s) => perRowSearchesWithoutSubject(s).map((detail) => `${detail}\n    in ${s.slice(0, 200)}`));
    expect(found, found.join('\n')).toEqual([]);
  });
});
