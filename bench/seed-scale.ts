// Fills a prepared (migrated + seeded) database with data at scale, directly with SQL: fast and
// independent of the UI. Used by `npm run bench` and the scale tests.
//  - older copies of the resolution (years before the current one, so the current stays current)
//    give the stress set enough open slots: one open update per organization, subject and period;
//  - 12 months of approved updates from every organization for every assignment of the current year;
//  - a stress set of updates, some waiting for the chair, the rest approved history;
//  - open slots kept free for a burst of submissions, handed back to the caller.
import Database from 'better-sqlite3';
import { cloneResolution } from './clone-resolution';

export type Slot = { kind: 'target' | 'task'; subjectId: number; periodId: number; role: 'lead' | 'coordinate' };
export type ScaleOptions = {
  /** Older copies of the resolution to add (each adds 16 periods to every assignment). */
  clones?: number;
  monthsOfHistory?: boolean;
  stressUpdates?: number;
  stressWaiting?: number;
  /** Officers (usernames) that will each submit `burstPerOfficer` updates: their slots stay free. */
  burstOfficers?: string[];
  burstPerOfficer?: number;
};
export type ScaleResult = { updates: number; waiting: number; burstSlots: Record<string, Slot[]> };

type Assignment = {
  orgId: number;
  kind: 'target' | 'task';
  subjectId: number;
  role: 'lead' | 'coordinate';
  resolutionId: number;
};
type Period = { id: number; resolutionId: number; kind: string; startsOn: string };

function rng(seed: number) {
  // Deterministic (mulberry32): two runs seed the same data.
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedAtScale(file: string, options: ScaleOptions = {}): ScaleResult {
  const {
    clones = 3,
    monthsOfHistory = true,
    stressUpdates = 10_000,
    stressWaiting = 1_000,
    burstOfficers = [],
    burstPerOfficer = 0,
  } = options;
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('foreign_keys = ON');
  const random = rng(2023);
  try {
    return sqlite
      .transaction(() => {
        const current = sqlite.prepare('SELECT id, year FROM resolutions ORDER BY year DESC LIMIT 1').get() as {
          id: number;
          year: number;
        };
        const oldest = (sqlite.prepare('SELECT min(year) AS y FROM resolutions').get() as { y: number }).y;
        for (let n = 1; n <= clones; n++) cloneResolution(sqlite, current.id, oldest - n);

        const assignments = sqlite
          .prepare(
            `SELECT a.organization_id AS orgId, CASE WHEN a.target_id IS NULL THEN 'task' ELSE 'target' END AS kind,
                  coalesce(a.target_id, a.task_id) AS subjectId, a.role AS role,
                  coalesce(t.resolution_id, g.resolution_id) AS resolutionId
           FROM assignments a LEFT JOIN targets t ON t.id = a.target_id
           LEFT JOIN tasks k ON k.id = a.task_id LEFT JOIN task_groups g ON g.id = k.group_id`,
          )
          .all() as Assignment[];
        const periods = sqlite
          .prepare('SELECT id, resolution_id AS resolutionId, kind, starts_on AS startsOn FROM reporting_periods')
          .all() as Period[];
        const officers = new Map<number, number>(
          (
            sqlite
              .prepare(
                "SELECT organization_id AS orgId, min(id) AS id FROM users WHERE role = 'officer' GROUP BY organization_id",
              )
              .all() as { orgId: number; id: number }[]
          ).map((r) => [r.orgId, r.id]),
        );
        const chairId = (
          sqlite.prepare("SELECT id FROM users WHERE role = 'chair' ORDER BY id LIMIT 1").get() as { id: number }
        ).id;
        const write = updateWriter(sqlite, random, chairId);

        // Open slots (assignment × period without an open update yet) per organization.
        const taken = new Set(
          (
            sqlite
              .prepare(
                `SELECT kind, coalesce(target_id, task_id) AS subjectId, organization_id AS orgId, period_id AS periodId FROM updates WHERE state <> 'approved'`,
              )
              .all() as { kind: string; subjectId: number; orgId: number; periodId: number }[]
          ).map((u) => `${u.kind}:${u.subjectId}:${u.orgId}:${u.periodId}`),
        );
        const slotsByOrg = new Map<number, (Slot & { orgId: number })[]>();
        for (const a of assignments) {
          for (const p of periods.filter((period) => period.resolutionId === a.resolutionId)) {
            if (taken.has(`${a.kind}:${a.subjectId}:${a.orgId}:${p.id}`)) continue;
            const list = slotsByOrg.get(a.orgId) ?? [];
            list.push({ orgId: a.orgId, kind: a.kind, subjectId: a.subjectId, periodId: p.id, role: a.role });
            slotsByOrg.set(a.orgId, list);
          }
        }
        for (const list of slotsByOrg.values()) shuffle(list, random);

        // 1. Keep the burst's slots free.
        const burstSlots: Record<string, Slot[]> = {};
        for (const username of burstOfficers) {
          const user = sqlite.prepare('SELECT organization_id AS orgId FROM users WHERE username = ?').get(username) as
            { orgId: number } | undefined;
          if (!user) throw new Error(`burst officer ${username} does not exist`);
          const free = slotsByOrg.get(user.orgId) ?? [];
          if (free.length < burstPerOfficer) throw new Error(`${username}: only ${free.length} free slots`);
          burstSlots[username] = free
            .splice(0, burstPerOfficer)
            .map((slot) => ({ kind: slot.kind, subjectId: slot.subjectId, periodId: slot.periodId, role: slot.role }));
        }

        // 2. Twelve months of approved updates for every assignment of the current resolution.
        let updates = 0;
        if (monthsOfHistory) {
          const months = periods.filter((p) => p.resolutionId === current.id && p.kind === 'month');
          for (const a of assignments.filter((x) => x.resolutionId === current.id)) {
            for (const p of months) {
              write(
                { orgId: a.orgId, kind: a.kind, subjectId: a.subjectId, periodId: p.id, role: a.role },
                officers.get(a.orgId)!,
                'approved',
                p.startsOn,
              );
              updates++;
            }
          }
        }

        // 3. The stress set: waiting updates round-robin over organizations, then approved history.
        const orgs = [...slotsByOrg.keys()];
        let waiting = 0;
        for (let i = 0; waiting < stressWaiting; i++) {
          if (orgs.every((org) => slotsByOrg.get(org)!.length === 0))
            throw new Error(`only ${waiting} open slots for waiting updates`);
          const org = orgs[i % orgs.length]!;
          const slot = slotsByOrg.get(org)!.pop();
          if (!slot) continue;
          write(slot, officers.get(org)!, 'submitted', '2023-06-01');
          waiting++;
        }
        // One approved update per organization first, so even a small set has every kind of row.
        // (A lead update where the organization leads something: only those are official figures.)
        const ofCurrent = assignments.filter((a) => a.resolutionId === current.id);
        const firsts = [
          ...new Map(
            [...ofCurrent.filter((a) => a.role === 'coordinate'), ...ofCurrent.filter((a) => a.role === 'lead')].map(
              (a) => [a.orgId, a],
            ),
          ).values(),
        ];
        for (let i = waiting; i < stressUpdates; i++) {
          const a = firsts[i - waiting] ?? assignments[Math.floor(random() * assignments.length)]!;
          const candidates = periods.filter((p) => p.resolutionId === a.resolutionId);
          const p = candidates[Math.floor(random() * candidates.length)]!;
          write(
            { orgId: a.orgId, kind: a.kind, subjectId: a.subjectId, periodId: p.id, role: a.role },
            officers.get(a.orgId)!,
            'approved',
            p.startsOn,
          );
        }
        updates += stressUpdates;
        return { updates, waiting, burstSlots };
      })
      .immediate();
  } finally {
    sqlite.close();
  }
}

function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

/** Inserts one update (submitted or approved) with the audit rows the workflow would have written. */
export function updateWriter(sqlite: Database.Database, random: () => number, chairId: number) {
  const insert = sqlite.prepare(
    `INSERT INTO updates (kind, target_id, task_id, organization_id, period_id, role, state, value, note, task_status,
       progress, narrative, author_id, submitted_at, reviewer_id, reviewed_at, version, created_at, updated_at)
     VALUES (@kind, @targetId, @taskId, @orgId, @periodId, @role, @state, @value, @note, @taskStatus, @progress,
       @narrative, @authorId, @submittedAt, @reviewerId, @reviewedAt, @version, @submittedAt, @updatedAt)`,
  );
  const audit = sqlite.prepare(
    `INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, details) VALUES (?, ?, ?, 'update', ?, ?)`,
  );
  return (slot: Slot & { orgId: number }, authorId: number, state: 'submitted' | 'approved', day: string): number => {
    const submittedAt = Date.parse(`${day}T08:00:00Z`) + Math.floor(random() * 20 * 86_400_000);
    const reviewedAt = state === 'approved' ? submittedAt + 86_400_000 : null;
    const isTarget = slot.kind === 'target';
    const progress = Math.floor(random() * 101);
    const id = Number(
      insert.run({
        kind: slot.kind,
        targetId: isTarget ? slot.subjectId : null,
        taskId: isTarget ? null : slot.subjectId,
        orgId: slot.orgId,
        periodId: slot.periodId,
        role: slot.role,
        state,
        value: isTarget ? Math.round(random() * 10000) / 100 : null,
        note: isTarget ? 'Số liệu tổng hợp từ các tổ dân phố (dữ liệu thử tải).' : null,
        taskStatus: isTarget ? null : progress === 100 ? 'done' : 'on_track',
        progress: isTarget ? null : progress,
        narrative: isTarget ? null : 'Đã triển khai theo kế hoạch; tiếp tục theo dõi (dữ liệu thử tải).',
        authorId,
        submittedAt,
        reviewerId: state === 'approved' ? chairId : null,
        reviewedAt,
        version: state === 'approved' ? 3 : 2,
        updatedAt: reviewedAt ?? submittedAt,
      }).lastInsertRowid,
    );
    audit.run(
      submittedAt,
      authorId,
      'update.submit',
      id,
      JSON.stringify({ from: 'draft', to: 'submitted', version: 2 }),
    );
    if (reviewedAt)
      audit.run(
        reviewedAt,
        chairId,
        'update.approve',
        id,
        JSON.stringify({ from: 'submitted', to: 'approved', version: 3 }),
      );
    return id;
  };
}
