import 'server-only';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { getDb } from '../client';
import { assignments, organizations, targets, taskGroups, tasks, updates } from '../schema';
import { writeAudit } from './audit';
import { currentResolution } from './periods';
import { assertRole, type CurrentUser } from './session';

// Which organizations lead or coordinate each target and task. Reading and changing the whole
// board is the administrator's; officers see their own assignments through their dashboard.

export type SubjectKind = 'target' | 'task';
export type AssignmentRole = 'lead' | 'coordinate';
export type AssignedOrganization = { organizationId: number; code: string; name: string; role: AssignmentRole };
export type AssignmentSubject = {
  kind: SubjectKind;
  id: number;
  code: string;
  /** A target's name, or a task's text as written. */
  text: string;
  organizations: AssignedOrganization[];
};

export type AssignmentError = { code: 'not_found' } | { code: 'no_lead' } | { code: 'organization_missing' };
export type AssignmentResult = { ok: true; changed: boolean } | { ok: false; error: AssignmentError };

function assignedTo(kind: SubjectKind, ids: number[]): Map<number, AssignedOrganization[]> {
  const byId = new Map<number, AssignedOrganization[]>();
  if (ids.length === 0) return byId;
  const column = kind === 'target' ? assignments.targetId : assignments.taskId;
  const rows = getDb()
    .select({
      subjectId: column,
      organizationId: organizations.id,
      code: organizations.code,
      name: organizations.name,
      role: assignments.role,
    })
    .from(assignments)
    .innerJoin(organizations, eq(organizations.id, assignments.organizationId))
    .where(inArray(column, ids))
    .orderBy(asc(assignments.role), asc(organizations.sortOrder), asc(organizations.id))
    .all();
  for (const { subjectId, ...org } of rows) {
    if (subjectId === null) continue;
    byId.set(subjectId, [...(byId.get(subjectId) ?? []), org]);
  }
  return byId;
}

function subjects(kind: SubjectKind, where: { resolutionId?: number; id?: number }): AssignmentSubject[] {
  const db = getDb();
  const rows =
    kind === 'target'
      ? db
          .select({ id: targets.id, code: targets.code, text: targets.name })
          .from(targets)
          .where(
            and(
              where.resolutionId ? eq(targets.resolutionId, where.resolutionId) : undefined,
              where.id ? eq(targets.id, where.id) : undefined,
            ),
          )
          .orderBy(asc(targets.category), asc(targets.ordinal))
          .all()
      : db
          .select({ id: tasks.id, code: tasks.code, text: tasks.text })
          .from(tasks)
          .innerJoin(taskGroups, eq(taskGroups.id, tasks.groupId))
          .where(
            and(
              where.resolutionId ? eq(taskGroups.resolutionId, where.resolutionId) : undefined,
              where.id ? eq(tasks.id, where.id) : undefined,
            ),
          )
          .orderBy(asc(taskGroups.number), asc(tasks.paragraph))
          .all();
  const orgs = assignedTo(
    kind,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ kind, ...r, organizations: orgs.get(r.id) ?? [] }));
}

/** Every target and task of the newest resolution with its organizations. */
export function listAssignmentBoard(actor: CurrentUser): { targets: AssignmentSubject[]; tasks: AssignmentSubject[] } {
  assertRole(actor, ['admin']);
  const resolutionId = currentResolution()?.id ?? null;
  if (resolutionId === null) return { targets: [], tasks: [] };
  return { targets: subjects('target', { resolutionId }), tasks: subjects('task', { resolutionId }) };
}

export function getAssignmentSubject(actor: CurrentUser, kind: SubjectKind, id: number): AssignmentSubject | null {
  assertRole(actor, ['admin']);
  return subjects(kind, { id })[0] ?? null;
}

/**
 * Replaces the organizations of one target or task. At least one organization must lead; an
 * organization has one role at most. The change and its audit row (before and after) are one
 * transaction.
 *
 * The official figure is the CURRENT lead's: every update not yet approved takes its
 * organization's new part (a former lead's pending update becomes a contribution, a new lead's
 * becomes the official one), so approving it later follows the board as it is then. Approved
 * updates keep the part they were approved in; the public pages pick only those of the
 * organization that leads now (`publicUpdate`).
 */
export function setAssignments(
  actor: CurrentUser,
  kind: SubjectKind,
  id: number,
  wanted: { organizationId: number; role: AssignmentRole }[],
  ip: string | null,
): AssignmentResult {
  assertRole(actor, ['admin']);
  const unique = new Map(wanted.map((w) => [w.organizationId, w.role]));
  if (![...unique.values()].includes('lead')) return { ok: false, error: { code: 'no_lead' } };
  const db = getDb();
  return db.transaction((tx) => {
    const subject = subjects(kind, { id })[0];
    if (!subject) return { ok: false, error: { code: 'not_found' } } as const;
    const known = tx
      .select({ id: organizations.id, code: organizations.code })
      .from(organizations)
      .where(inArray(organizations.id, [...unique.keys()]))
      .all();
    if (known.length !== unique.size) return { ok: false, error: { code: 'organization_missing' } } as const;

    const summary = (list: { code: string; role: AssignmentRole }[]) => list.map((o) => `${o.code}:${o.role}`).sort();
    const codeOf = new Map(known.map((o) => [o.id, o.code]));
    const before = summary(subject.organizations);
    const after = summary([...unique].map(([orgId, role]) => ({ code: codeOf.get(orgId)!, role })));
    if (before.join() === after.join()) return { ok: true, changed: false } as const;

    const column = kind === 'target' ? assignments.targetId : assignments.taskId;
    // The item's cadence (set by the office) carries over to its new organizations.
    const cadence =
      tx
        .select({ cadence: assignments.cadence })
        .from(assignments)
        .where(eq(column, id))
        .all()
        .find((a) => a.cadence !== null)?.cadence ?? null;
    tx.delete(assignments).where(eq(column, id)).run();
    tx.insert(assignments)
      .values(
        [...unique].map(([organizationId, role]) => ({
          organizationId,
          role,
          cadence,
          ...(kind === 'target' ? { targetId: id } : { taskId: id }),
        })),
      )
      .run();
    const subjectColumn = kind === 'target' ? updates.targetId : updates.taskId;
    const open = tx
      .select({ id: updates.id, organizationId: updates.organizationId, role: updates.role })
      .from(updates)
      .where(and(eq(subjectColumn, id), ne(updates.state, 'approved')))
      .all();
    const reassigned: { id: number; role: AssignmentRole }[] = [];
    for (const update of open) {
      const role = unique.get(update.organizationId) ?? 'coordinate';
      if (role === update.role) continue;
      tx.update(updates).set({ role }).where(eq(updates.id, update.id)).run();
      reassigned.push({ id: update.id, role });
    }
    writeAudit(tx, {
      actorId: actor.id,
      action: 'assignments_changed',
      entityType: kind,
      entityId: id,
      ip,
      // `openReports` (the open updates given a new part) is the key audit rows have always stored:
      // kept, so every row of the log reads alike whatever version wrote it.
      details: { code: subject.code, before, after, ...(reassigned.length > 0 ? { openReports: reassigned } : {}) },
    });
    return { ok: true, changed: true } as const;
  });
}
