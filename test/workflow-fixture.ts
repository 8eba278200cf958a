// A real, migrated and seeded SQLite file for the workflow's integration tests, with lookups of
// the seeded accounts, targets, tasks and periods by their codes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDb, getSqlite } from '@/db/client';
import type { Actor } from '@/db/access/periods';
import { prepareDatabase } from '@/db/prepare';

export type Fixture = {
  root: string;
  file: string;
  user: (username: string) => Actor;
  targetId: (code: string) => number;
  taskId: (code: string) => number;
  periodId: (code: string) => number;
  orgId: (code: string) => number;
  /** Every row of the tables a workflow write touches, to prove a refusal wrote nothing. */
  snapshot: () => string;
  cleanup: () => void;
};

type Row = Record<string, unknown>;

export function createWorkflowFixture(): Fixture {
  const root = mkdtempSync(path.join(tmpdir(), 'workflow-test-'));
  const file = path.join(root, 'app.db');
  process.env.DATABASE_PATH = file;
  prepareDatabase(file, { seedPassword: 'mat-khau-thu-nghiem-2023' });
  const one = (query: string, ...args: unknown[]) => {
    const row = getSqlite()
      .prepare(query)
      .get(...args) as Row | undefined;
    if (!row) throw new Error(`fixture: nothing for ${query} ${args.join(', ')}`);
    return row;
  };
  return {
    root,
    file,
    user: (username) => {
      const r = one('SELECT id, role, organization_id AS organizationId FROM users WHERE username = ?', username);
      return {
        id: r.id as number,
        role: r.role as Actor['role'],
        organizationId: (r.organizationId as number | null) ?? null,
      };
    },
    targetId: (code) => one('SELECT id FROM targets WHERE code = ?', code).id as number,
    taskId: (code) => one('SELECT id FROM tasks WHERE code = ?', code).id as number,
    periodId: (code) => one('SELECT id FROM reporting_periods WHERE code = ?', code).id as number,
    orgId: (code) => one('SELECT id FROM organizations WHERE code = ?', code).id as number,
    snapshot: () =>
      JSON.stringify(
        ['updates', 'audit_log', 'evidence_files', 'reporting_periods'].map((t) =>
          getSqlite().prepare(`SELECT * FROM ${t} ORDER BY 1`).all(),
        ),
      ),
    cleanup: () => {
      closeDb();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
