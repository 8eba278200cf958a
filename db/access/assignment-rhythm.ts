import 'server-only';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Cadence, JudgementVerdict, SubjectKind } from '@/lib/domain';
import { isIsoDate } from '@/lib/workflow/calendar';
import { cadenceSettingKeys } from '@/lib/workflow/cadence';
import { revalidatePublicPages } from '@/lib/revalidate-public';
import { getDb } from '../client';
import { readCadenceDefaults } from '../due-updates';
import { assignments, resolutions, settings, targets, taskGroups, tasks } from '../schema';
import { writeAudit } from './audit';
import type { Actor } from './periods';
import { assertRole } from './role-checks';

// How each item is reported and judged, set by the office: the cadence of its assignments (per
// item or in bulk, and the defaults per kind), a target judged at year end only, a task's
// deadline; and the chair's year-end judgement of a qualitative target. A cadence change never
// touches an update: updates refer to periods, so every update already filed stays as it is.
// The office's settings are the administrator's, the judgement the chair's: anyone else is
// refused with AuthError 403.

export type Rhythm = {
  /** The item's own cadence (every assignment of the item shares it), or null for the default. */
  cadence: Cadence | null;
  defaultCadence: Cadence;
  yearEndOnly: boolean;
  /** Tasks: the deadline the office set (ISO), or null for the year end. */
  deadline: string | null;
  direction: string | null;
};

const notFound = { ok: false as const, code: 'not_found' as const };
export type RhythmResult = { ok: true } | { ok: false; code: 'not_found' | 'invalid' };

const subjectColumn = (kind: SubjectKind) => (kind === 'target' ? assignments.targetId : assignments.taskId);

/** Null when no such target or task exists. */
export function getRhythm(user: Actor, kind: SubjectKind, id: number): Rhythm | null {
  assertRole(user, ['admin']);
  const db = getDb();
  const own = db
    .select({ cadence: assignments.cadence })
    .from(assignments)
    .where(eq(subjectColumn(kind), id))
    .all();
  const cadence = own.find((a) => a.cadence !== null)?.cadence ?? null;
  const defaults = readCadenceDefaults(db);
  if (kind === 'target') {
    const t = db
      .select({ yearEndOnly: targets.yearEndOnly, direction: targets.direction })
      .from(targets)
      .where(eq(targets.id, id))
      .get();
    if (!t) return null;
    return {
      cadence,
      defaultCadence: defaults.target,
      yearEndOnly: t.yearEndOnly,
      deadline: null,
      direction: t.direction,
    };
  }
  const k = db.select({ deadline: tasks.deadline }).from(tasks).where(eq(tasks.id, id)).get();
  if (!k) return null;
  return { cadence, defaultCadence: defaults.task, yearEndOnly: false, deadline: k.deadline, direction: null };
}

/** Sets one item's cadence (null: back to the default), with its audit row. */
export function setItemCadence(user: Actor, kind: SubjectKind, id: number, cadence: Cadence | null): RhythmResult {
  assertRole(user, ['admin']);
  return getDb().transaction(
    (tx): RhythmResult => {
      const rows = tx
        .select({ id: assignments.id, cadence: assignments.cadence })
        .from(assignments)
        .where(eq(subjectColumn(kind), id))
        .all();
      if (rows.length === 0) return notFound;
      tx.update(assignments)
        .set({ cadence })
        .where(eq(subjectColumn(kind), id))
        .run();
      writeAudit(tx, {
        actorId: user.id,
        action: 'assignment.cadence',
        entityType: kind,
        entityId: id,
        details: { before: rows[0]!.cadence, after: cadence },
      });
      return { ok: true };
    },
    { behavior: 'immediate' },
  );
}

/** Sets the cadence of every target, or every task, of the current resolution at once. */
export function setBulkCadence(
  user: Actor,
  kind: SubjectKind,
  cadence: Cadence | null,
): RhythmResult & { changed?: number } {
  assertRole(user, ['admin']);
  return getDb().transaction(
    (tx) => {
      const current = tx.select({ id: resolutions.id }).from(resolutions).where(eq(resolutions.state, 'current')).get();
      if (!current) return notFound;
      const ids =
        kind === 'target'
          ? tx.select({ id: targets.id }).from(targets).where(eq(targets.resolutionId, current.id)).all()
          : tx
              .select({ id: tasks.id })
              .from(tasks)
              .innerJoin(taskGroups, eq(taskGroups.id, tasks.groupId))
              .where(eq(taskGroups.resolutionId, current.id))
              .all();
      const subjectIds = ids.map((r) => r.id);
      if (subjectIds.length === 0) return { ok: true as const, changed: 0 };
      const changed = tx
        .update(assignments)
        .set({ cadence })
        .where(and(isNotNull(subjectColumn(kind)), inArray(subjectColumn(kind), subjectIds)))
        .run().changes;
      writeAudit(tx, {
        actorId: user.id,
        action: 'assignment.cadence_bulk',
        entityType: kind,
        entityId: null,
        details: { resolutionId: current.id, cadence, assignments: changed },
      });
      return { ok: true as const, changed };
    },
    { behavior: 'immediate' },
  );
}

/** The default cadence of targets or tasks (a settings row: data, not code). */
export function setDefaultCadence(user: Actor, kind: SubjectKind, cadence: Cadence): { ok: true } {
  assertRole(user, ['admin']);
  return getDb().transaction(
    (tx): { ok: true } => {
      const key = cadenceSettingKeys[kind];
      const before = readCadenceDefaults(tx)[kind];
      if (before === cadence) return { ok: true };
      tx.insert(settings)
        .values({ key, value: cadence })
        .onConflictDoUpdate({ target: settings.key, set: { value: cadence } })
        .run();
      writeAudit(tx, {
        actorId: user.id,
        action: 'settings.cadence_default',
        entityType: 'settings',
        details: { key, before, after: cadence },
      });
      return { ok: true };
    },
    { behavior: 'immediate' },
  );
}

/** A target judged at year end only ("Đánh giá cuối năm" during the year). */
export function setYearEndOnly(user: Actor, targetId: number, yearEndOnly: boolean): RhythmResult {
  assertRole(user, ['admin']);
  const result = getDb().transaction(
    (tx): RhythmResult => {
      const t = tx.select({ before: targets.yearEndOnly }).from(targets).where(eq(targets.id, targetId)).get();
      if (!t) return notFound;
      tx.update(targets).set({ yearEndOnly }).where(eq(targets.id, targetId)).run();
      writeAudit(tx, {
        actorId: user.id,
        action: 'target.year_end_only',
        entityType: 'target',
        entityId: targetId,
        details: { before: t.before, after: yearEndOnly },
      });
      return { ok: true };
    },
    { behavior: 'immediate' },
  );
  if (result.ok) revalidatePublicPages();
  return result;
}

/** A task's deadline (ISO day), or null for the resolution's year end. */
export function setTaskDeadline(user: Actor, taskId: number, deadline: string | null): RhythmResult {
  assertRole(user, ['admin']);
  if (deadline !== null && !isIsoDate(deadline)) return { ok: false, code: 'invalid' };
  const result = getDb().transaction(
    (tx): RhythmResult => {
      const k = tx.select({ before: tasks.deadline }).from(tasks).where(eq(tasks.id, taskId)).get();
      if (!k) return notFound;
      tx.update(tasks).set({ deadline }).where(eq(tasks.id, taskId)).run();
      writeAudit(tx, {
        actorId: user.id,
        action: 'task.deadline',
        entityType: 'task',
        entityId: taskId,
        details: { before: k.before, after: deadline },
      });
      return { ok: true };
    },
    { behavior: 'immediate' },
  );
  if (result.ok) revalidatePublicPages();
  return result;
}

export type QualitativeTarget = {
  id: number;
  code: string;
  name: string;
  judgement: JudgementVerdict | null;
  judgementNote: string | null;
};

/** The chair's list of qualitative targets of the current resolution, with any judgement. */
export function listQualitativeTargets(user: Actor): QualitativeTarget[] {
  assertRole(user, ['chair']);
  return getDb()
    .select({
      id: targets.id,
      code: targets.code,
      name: targets.name,
      judgement: targets.judgement,
      judgementNote: targets.judgementNote,
    })
    .from(targets)
    .innerJoin(resolutions, eq(resolutions.id, targets.resolutionId))
    .where(and(eq(resolutions.state, 'current'), eq(targets.direction, 'qualitative')))
    .orderBy(targets.code)
    .all();
}

/**
 * The chair's year-end judgement of a qualitative target (Vượt, Đạt, Không đạt), or null to
 * withdraw it. Only a qualitative target takes one; the public pages show it at once.
 */
export function recordJudgement(
  user: Actor,
  input: { targetId: number; judgement: JudgementVerdict | null; note: string | null },
): RhythmResult {
  assertRole(user, ['chair']);
  const result = getDb().transaction(
    (tx): RhythmResult => {
      const t = tx
        .select({ direction: targets.direction, before: targets.judgement })
        .from(targets)
        .where(eq(targets.id, input.targetId))
        .get();
      if (!t || t.direction !== 'qualitative') return notFound;
      const note = input.note?.trim() || null;
      tx.update(targets)
        .set({
          judgement: input.judgement,
          judgementNote: note,
          judgedBy: input.judgement ? user.id : null,
          judgedAt: input.judgement ? sql`(unixepoch('subsec') * 1000)` : null,
        })
        .where(eq(targets.id, input.targetId))
        .run();
      writeAudit(tx, {
        actorId: user.id,
        action: 'target.judgement',
        entityType: 'target',
        entityId: input.targetId,
        details: { before: t.before, after: input.judgement, note },
      });
      return { ok: true };
    },
    { behavior: 'immediate' },
  );
  if (result.ok) revalidatePublicPages();
  return result;
}

export type RhythmBoard = {
  defaults: Record<SubjectKind, Cadence>;
  /** Keyed "target-<id>" / "task-<id>": the item's own cadence, year-end-only mark and deadline. */
  items: Map<string, { cadence: Cadence | null; yearEndOnly: boolean; deadline: string | null }>;
};

/** The rhythm of every item of the current resolution, for the office's assignment board. */
export function listRhythmBoard(user: Actor): RhythmBoard {
  assertRole(user, ['admin']);
  const db = getDb();
  const current = db.select({ id: resolutions.id }).from(resolutions).where(eq(resolutions.state, 'current')).get();
  const items: RhythmBoard['items'] = new Map();
  const defaults = readCadenceDefaults(db);
  if (!current) return { defaults, items };
  const targetRows = db
    .select({
      id: targets.id,
      yearEndOnly: targets.yearEndOnly,
      cadence: sql<Cadence | null>`max(${assignments.cadence})`,
    })
    .from(targets)
    .leftJoin(assignments, eq(assignments.targetId, targets.id))
    .where(eq(targets.resolutionId, current.id))
    .groupBy(targets.id)
    .all();
  for (const t of targetRows)
    items.set(`target-${t.id}`, { cadence: t.cadence, yearEndOnly: t.yearEndOnly, deadline: null });
  const taskRows = db
    .select({ id: tasks.id, deadline: tasks.deadline, cadence: sql<Cadence | null>`max(${assignments.cadence})` })
    .from(tasks)
    .innerJoin(taskGroups, eq(taskGroups.id, tasks.groupId))
    .leftJoin(assignments, eq(assignments.taskId, tasks.id))
    .where(eq(taskGroups.resolutionId, current.id))
    .groupBy(tasks.id)
    .all();
  for (const k of taskRows) items.set(`task-${k.id}`, { cadence: k.cadence, yearEndOnly: false, deadline: k.deadline });
  return { defaults, items };
}
