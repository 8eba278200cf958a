// Writes updates straight into a database as the workflow leaves them, for tests that need
// approved (or draft, submitted, returned) figures without going through the forms.
import type Database from 'better-sqlite3';

export type UpdateRow = {
  kind: 'target' | 'task';
  subjectCode: string;
  period: string;
  state: 'draft' | 'submitted' | 'approved' | 'returned';
  value?: number;
  taskStatus?: 'not_started' | 'on_track' | 'at_risk' | 'done';
  progress?: number;
  narrative?: string;
  note?: string;
  reviewedAt?: number;
  returnReason?: string;
  org?: string;
};

/** Writes an update as the workflow would leave it (by the lead organization's officer unless `org` names another). */
export function insertUpdate(sqlite: Database.Database, u: UpdateRow): number {
  const subject =
    u.kind === 'target'
      ? (sqlite.prepare('SELECT id FROM targets WHERE code = ?').get(u.subjectCode) as { id: number })
      : (sqlite.prepare('SELECT id FROM tasks WHERE code = ?').get(u.subjectCode) as { id: number });
  const org = sqlite
    .prepare(
      `SELECT o.id, a.role FROM assignments a JOIN organizations o ON o.id = a.organization_id
       WHERE ${u.kind === 'target' ? 'a.target_id' : 'a.task_id'} = ? AND (? IS NULL AND a.role = 'lead' OR o.code = ?)`,
    )
    .get(subject.id, u.org ?? null, u.org ?? null) as { id: number; role: 'lead' | 'coordinate' };
  const author = sqlite.prepare("SELECT id FROM users WHERE organization_id = ? AND role = 'officer'").get(org.id) as {
    id: number;
  };
  const chair = sqlite.prepare("SELECT id FROM users WHERE role = 'chair'").get() as { id: number };
  const period = sqlite.prepare('SELECT id FROM reporting_periods WHERE code = ?').get(u.period) as { id: number };
  const reviewed = u.state === 'approved' || u.state === 'returned';
  const result = sqlite
    .prepare(
      `INSERT INTO updates (kind, target_id, task_id, organization_id, period_id, state, role, value, note, task_status, progress,
         narrative, author_id, submitted_at, reviewer_id, reviewed_at, return_reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      u.kind,
      u.kind === 'target' ? subject.id : null,
      u.kind === 'task' ? subject.id : null,
      org.id,
      period.id,
      u.state,
      org.role,
      u.value ?? null,
      u.note ?? null,
      u.taskStatus ?? null,
      u.progress ?? null,
      u.narrative ?? null,
      author.id,
      u.state === 'draft' ? null : (u.reviewedAt ?? Date.now()) - 60_000,
      reviewed ? chair.id : null,
      reviewed ? (u.reviewedAt ?? Date.now()) : null,
      u.returnReason ?? null,
    );
  return Number(result.lastInsertRowid);
}
