// Copies a resolution (targets, task groups, tasks, assignments, periods) under another year, so
// load tests have as many reporting slots as several years of use would. The copy is marked as
// test data in its title. Columns are copied generically, so additive schema changes need no edit.
import type Database from 'better-sqlite3';

type Row = Record<string, unknown>;

function copyRow(sqlite: Database.Database, table: string, row: Row, changes: Row): number {
  const values: Row = { ...row, ...changes };
  delete values.id;
  const columns = Object.keys(values);
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
  return Number(sqlite.prepare(sql).run(values).lastInsertRowid);
}

const shiftYear = (text: string, from: number, to: number) => text.replaceAll(String(from), String(to));
/** 'YYYY-MM-DD' moved by the same number of years (a December period is due in January). */
const shiftDate = (iso: string, from: number, to: number) => `${Number(iso.slice(0, 4)) - from + to}${iso.slice(4)}`;

export function cloneResolution(sqlite: Database.Database, resolutionId: number, year: number): number {
  const source = sqlite.prepare('SELECT * FROM resolutions WHERE id = ?').get(resolutionId) as Row & {
    year: number;
    title: string;
    source_sha256: string;
  };
  const newId = copyRow(sqlite, 'resolutions', source, {
    year,
    title: `${shiftYear(source.title, source.year, year)} (bản sao dữ liệu thử tải)`,
    source_sha256: `${source.source_sha256}-load-test-${year}`,
    // Older copies are archives: one resolution is current (resolutions_one_current_uq).
    state: 'archived',
  });

  const targetIds = new Map<number, number>();
  for (const target of sqlite.prepare('SELECT * FROM targets WHERE resolution_id = ?').all(resolutionId) as (Row & {
    id: number;
  })[]) {
    targetIds.set(target.id, copyRow(sqlite, 'targets', target, { resolution_id: newId }));
  }
  const taskIds = new Map<number, number>();
  for (const group of sqlite.prepare('SELECT * FROM task_groups WHERE resolution_id = ?').all(resolutionId) as (Row & {
    id: number;
  })[]) {
    const groupId = copyRow(sqlite, 'task_groups', group, { resolution_id: newId });
    for (const task of sqlite.prepare('SELECT * FROM tasks WHERE group_id = ?').all(group.id) as (Row & {
      id: number;
    })[]) {
      taskIds.set(task.id, copyRow(sqlite, 'tasks', task, { group_id: groupId }));
    }
  }
  const assignments = sqlite
    .prepare(
      `SELECT a.* FROM assignments a LEFT JOIN targets t ON t.id = a.target_id LEFT JOIN tasks k ON k.id = a.task_id
       LEFT JOIN task_groups g ON g.id = k.group_id WHERE t.resolution_id = @rid OR g.resolution_id = @rid`,
    )
    .all({ rid: resolutionId }) as (Row & { target_id: number | null; task_id: number | null })[];
  for (const assignment of assignments) {
    copyRow(sqlite, 'assignments', assignment, {
      target_id: assignment.target_id === null ? null : targetIds.get(assignment.target_id),
      task_id: assignment.task_id === null ? null : taskIds.get(assignment.task_id),
    });
  }
  for (const period of sqlite
    .prepare('SELECT * FROM reporting_periods WHERE resolution_id = ?')
    .all(resolutionId) as (Row & {
    code: string;
    starts_on: string;
    ends_on: string;
    due_on: string;
  })[]) {
    copyRow(sqlite, 'reporting_periods', period, {
      resolution_id: newId,
      code: shiftYear(period.code, source.year, year),
      starts_on: shiftDate(period.starts_on, source.year, year),
      ends_on: shiftDate(period.ends_on, source.year, year),
      due_on: shiftDate(period.due_on, source.year, year),
    });
  }
  return newId;
}
