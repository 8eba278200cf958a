import 'server-only';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { latestBySubject } from '@/lib/public/summary-model';
import { revalidatePublicPages } from '@/lib/revalidate-public';
import { publishBlockers, type DraftDoc, type DraftOwner } from '@/lib/years/draft-doc';
import { getDb, type Db } from '../client';
import { resolutionColumns } from '../resolution-columns';
import {
  assignments,
  organizations,
  reportingPeriods,
  resolutionDrafts,
  resolutions,
  targets,
  taskGroups,
  tasks,
  updates,
} from '../schema';
import { createResolutionPeriods } from '../seed/periods';
import { writeAudit } from './audit';
import { readCurrentResolution } from './periods';
import { approvedUpdateColumns, publicUpdate, withApprovalTime } from './public-summary';
import { assertRole, type CurrentUser } from './session';

// Publishing a reviewed draft, and undoing it. One immediate transaction each: the draft's state
// is taken with a guarded UPDATE … WHERE state = 'draft' AND version = ?, the previous resolution
// is archived, the new one inserted as 'current' (a partial unique index refuses a second current
// one whatever happens), with its targets, tasks, owners and reporting periods, and the audit row.
// Two admins publishing at once, or one pressing twice: the second finds the draft taken.

type Actor = Pick<CurrentUser, 'id' | 'role'>;

export type PublishOutcome =
  | { ok: true; resolutionId: number }
  | {
      ok: false;
      code: 'not_found' | 'stale_version' | 'blocked' | 'year_exists' | 'previous_changed' | 'year_not_later';
      message: string;
    };

export function publishDraft(actor: Actor, input: { id: number; version: number }, db: Db = getDb()): PublishOutcome {
  assertRole(actor as CurrentUser, ['admin']);
  let outcome: PublishOutcome;
  try {
    outcome = db.transaction((tx) => publishIn(tx, actor, input), { behavior: 'immediate' });
  } catch (error) {
    // The last line: another process made its own resolution current or took the year meanwhile.
    if (error instanceof Error && /UNIQUE constraint failed: resolutions\./.test(error.message)) {
      return { ok: false, code: 'stale_version', message: staleMessage };
    }
    throw error;
  }
  if (outcome.ok) revalidatePublicPages();
  return outcome;
}

const staleMessage =
  'Bản nháp vừa được thay đổi hoặc đã được công bố ở nơi khác. Hãy tải lại trang để xem tình trạng mới nhất.';

function publishIn(tx: Db, actor: Actor, input: { id: number; version: number }): PublishOutcome {
  const draft = tx.select().from(resolutionDrafts).where(eq(resolutionDrafts.id, input.id)).get();
  if (!draft) return { ok: false, code: 'not_found', message: 'Không tìm thấy bản nháp.' };
  if (draft.state !== 'draft' || draft.version !== input.version)
    return { ok: false, code: 'stale_version', message: staleMessage };
  const doc = draft.doc as unknown as DraftDoc;
  const blockers = publishBlockers(doc, draft.previousResolutionId !== null);
  if (blockers.total > 0) {
    return {
      ok: false,
      code: 'blocked',
      message: `Chưa công bố được: còn ${blockers.total} việc cần xử lý trong bản nháp.`,
    };
  }
  const current = readCurrentResolution(tx);
  if ((current?.id ?? null) !== draft.previousResolutionId) {
    return {
      ok: false,
      code: 'previous_changed',
      message:
        'Nghị quyết đang theo dõi đã thay đổi từ khi bản nháp được nhập: các liên kết với năm trước không còn đúng. Hãy nhập lại văn bản.',
    };
  }
  if (tx.select({ id: resolutions.id }).from(resolutions).where(eq(resolutions.year, draft.year)).get())
    return { ok: false, code: 'year_exists', message: `Nghị quyết năm ${draft.year} đã có trong hệ thống.` };
  if (current && draft.year <= current.year)
    return {
      ok: false,
      code: 'year_not_later',
      message: `Chỉ công bố được nghị quyết của năm sau năm ${current.year}.`,
    };

  // 1. The draft is taken: a second publisher stops here.
  const now = new Date();
  const taken = tx
    .update(resolutionDrafts)
    .set({ state: 'published', version: draft.version + 1, updatedAt: now })
    .where(
      and(
        eq(resolutionDrafts.id, draft.id),
        eq(resolutionDrafts.state, 'draft'),
        eq(resolutionDrafts.version, draft.version),
      ),
    )
    .run().changes;
  if (taken !== 1) return { ok: false, code: 'stale_version', message: staleMessage };

  // 2. The previous year becomes the archive; the new one the current resolution.
  if (current) {
    tx.update(resolutions)
      .set({ state: 'archived' })
      .where(and(eq(resolutions.id, current.id), eq(resolutions.state, 'current')))
      .run();
  }
  const { resolution: head, review } = doc.draft;
  const resolutionId = tx
    .insert(resolutions)
    .values({
      state: 'current',
      publishedAt: now,
      publishedBy: actor.id,
      ...resolutionColumns(head, review),
      year: draft.year,
      importWarnings: doc.warnings.map((w) => ({
        code: w.code,
        message: `${w.message} (${w.status === 'resolved' ? 'đã sửa' : 'đã xem xét'} khi duyệt bản nháp)`,
        ...(w.line !== null ? { line: w.line } : {}),
        refs: w.refs,
        // Settled on the review before publishing (a draft publishes only with none open).
        ...(w.status !== 'open' ? { handledAt: Date.now() } : {}),
      })),
      sourceText: draft.sourceText,
      sourceSha256: draft.sourceSha256,
    })
    .returning({ id: resolutions.id })
    .get().id;

  // 3. Targets with their link to last year and its final approved figure as the baseline.
  const orgIds = new Map(
    tx
      .select({ id: organizations.id, code: organizations.code })
      .from(organizations)
      .all()
      .map((o) => [o.code, o.id]),
  );
  const ownerRows = (owners: DraftOwner[], subject: { targetId: number } | { taskId: number }) =>
    owners.flatMap((o) => {
      const organizationId = orgIds.get(o.org);
      return organizationId === undefined ? [] : [{ organizationId, role: o.role, ...subject }];
    });
  const links = doc.draft.targets.map((t) => doc.targets[t.code]!.link.previousTargetId);
  const baselines = finalFigures(
    tx,
    links.filter((id): id is number => id !== null),
    current?.id ?? null,
  );
  for (const t of doc.draft.targets) {
    const review = doc.targets[t.code]!;
    const previousTargetId = review.link.state === 'new' ? null : review.link.previousTargetId;
    const baseline = previousTargetId === null ? undefined : baselines.get(previousTargetId);
    const { id } = tx
      .insert(targets)
      .values({
        resolutionId,
        code: t.code,
        category: t.category,
        ordinal: t.ordinal,
        name: t.name,
        targetValue: t.direction === 'qualitative' ? null : t.targetValue,
        targetHigh: t.direction === 'range' ? t.targetHigh : null,
        unit: t.unit ?? '',
        direction: t.direction!,
        qualifier: t.qualifier,
        extra: t.extra,
        extraValue: t.extraValue,
        extraUnit: t.extraUnit,
        minValue: t.minValue,
        maxValue: t.maxValue,
        sourceLine: t.sourceLine,
        sourceRef: t.sourceRef,
        previousTargetId,
        baselineValue: baseline?.value ?? null,
        baselinePeriod: baseline?.period ?? null,
        errata: review.errata,
      })
      .returning({ id: targets.id })
      .get();
    const rows = ownerRows(review.owners, { targetId: id });
    if (rows.length) tx.insert(assignments).values(rows).run();
  }

  // 4. Task groups and tasks, each paragraph with its owners.
  for (const g of doc.draft.taskGroups) {
    const groupId = tx
      .insert(taskGroups)
      .values({ resolutionId, number: g.number, title: g.title })
      .returning({ id: taskGroups.id })
      .get().id;
    for (const task of g.tasks) {
      const review = doc.tasks[task.code]!;
      const { id } = tx
        .insert(tasks)
        .values({
          groupId,
          code: task.code,
          paragraph: task.paragraph,
          text: task.text,
          sourceRef: task.sourceRef,
          errata: review.errata,
        })
        .returning({ id: tasks.id })
        .get();
      const rows = ownerRows(review.owners, { taskId: id });
      if (rows.length) tx.insert(assignments).values(rows).run();
    }
  }

  // 5. The reporting periods of its year (the seed's rule, with the due-day and cut-off settings),
  // so officers can report at once; each assignment's cadence (the defaults, data in settings)
  // decides which of them it is asked for.
  createResolutionPeriods(tx, resolutionId, draft.year);

  tx.update(resolutionDrafts)
    .set({ publishedResolutionId: resolutionId })
    .where(eq(resolutionDrafts.id, draft.id))
    .run();
  writeAudit(tx, {
    actorId: actor.id,
    action: 'resolution.publish',
    entityType: 'resolution',
    entityId: resolutionId,
    details: {
      year: draft.year,
      draftId: draft.id,
      archived: current ? { id: current.id, year: current.year } : null,
      targets: doc.draft.targets.length,
      linked: links.filter((l) => l !== null).length,
    },
  });
  return { ok: true, resolutionId };
}

/** The final approved figure (the lead's, latest period, latest approval) of each target. */
function finalFigures(
  tx: Db,
  targetIds: number[],
  resolutionId: number | null,
): Map<number, { value: number; period: string }> {
  if (!targetIds.length || resolutionId === null) return new Map();
  const approved = withApprovalTime(
    tx
      .select(approvedUpdateColumns)
      .from(updates)
      .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
      .innerJoin(targets, eq(targets.id, updates.targetId))
      .where(and(publicUpdate, inArray(updates.targetId, targetIds), eq(targets.resolutionId, resolutionId)))
      .all(),
  ).map((r) => ({ ...r, submittedOn: null }));
  const out = new Map<number, { value: number; period: string }>();
  for (const [id, row] of latestBySubject(approved, 'targetId', null)) {
    if (row.value !== null) out.set(id, { value: row.value, period: row.periodCode });
  }
  return out;
}

export type UndoOutcome =
  | { ok: true; restoredResolutionId: number | null }
  | { ok: false; code: 'not_found' | 'not_undoable' | 'has_updates'; message: string };

/** How many updates (in any state) are filed against a resolution's targets and tasks. */
export function countUpdates(db: Pick<Db, 'select'>, resolutionId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(updates)
      .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
      .where(eq(reportingPeriods.resolutionId, resolutionId))
      .get()?.n ?? 0
  );
}

/**
 * Takes a published year back to a draft, until the first update is filed against it: its rows
 * are removed, the previous resolution is current again, the draft can be edited and published.
 */
export function undoPublish(actor: Actor, input: { resolutionId: number }, db: Db = getDb()): UndoOutcome {
  assertRole(actor as CurrentUser, ['admin']);
  const outcome = db.transaction((tx) => undoIn(tx, actor, input.resolutionId), { behavior: 'immediate' });
  if (outcome.ok) revalidatePublicPages();
  return outcome;
}

function undoIn(tx: Db, actor: Actor, resolutionId: number): UndoOutcome {
  const resolution = tx
    .select({ id: resolutions.id, year: resolutions.year, state: resolutions.state })
    .from(resolutions)
    .where(eq(resolutions.id, resolutionId))
    .get();
  if (!resolution) return { ok: false, code: 'not_found', message: 'Không tìm thấy nghị quyết.' };
  const draft = tx
    .select({
      id: resolutionDrafts.id,
      version: resolutionDrafts.version,
      previous: resolutionDrafts.previousResolutionId,
    })
    .from(resolutionDrafts)
    .where(and(eq(resolutionDrafts.publishedResolutionId, resolutionId), eq(resolutionDrafts.state, 'published')))
    .get();
  if (resolution.state !== 'current' || !draft) {
    return {
      ok: false,
      code: 'not_undoable',
      message: 'Chỉ hoàn tác được nghị quyết đang theo dõi đã được công bố từ trang này.',
    };
  }
  const filed = countUpdates(tx, resolutionId);
  if (filed > 0) {
    return {
      ok: false,
      code: 'has_updates',
      message: `Không hoàn tác được: đã có ${filed} báo cáo được lập theo nghị quyết năm ${resolution.year}.`,
    };
  }
  const targetIds = tx
    .select({ id: targets.id })
    .from(targets)
    .where(eq(targets.resolutionId, resolutionId))
    .all()
    .map((t) => t.id);
  const groupIds = tx
    .select({ id: taskGroups.id })
    .from(taskGroups)
    .where(eq(taskGroups.resolutionId, resolutionId))
    .all()
    .map((g) => g.id);
  const taskIds = groupIds.length
    ? tx
        .select({ id: tasks.id })
        .from(tasks)
        .where(inArray(tasks.groupId, groupIds))
        .all()
        .map((t) => t.id)
    : [];
  tx.delete(assignments)
    .where(or(inArray(assignments.targetId, targetIds), inArray(assignments.taskId, taskIds)))
    .run();
  if (taskIds.length) tx.delete(tasks).where(inArray(tasks.id, taskIds)).run();
  tx.delete(taskGroups).where(eq(taskGroups.resolutionId, resolutionId)).run();
  tx.delete(targets).where(eq(targets.resolutionId, resolutionId)).run();
  tx.delete(reportingPeriods).where(eq(reportingPeriods.resolutionId, resolutionId)).run();
  tx.update(resolutionDrafts)
    .set({ state: 'draft', publishedResolutionId: null, version: draft.version + 1, updatedAt: new Date() })
    .where(eq(resolutionDrafts.id, draft.id))
    .run();
  tx.delete(resolutions).where(eq(resolutions.id, resolutionId)).run();
  if (draft.previous !== null) {
    tx.update(resolutions)
      .set({ state: 'current' })
      .where(and(eq(resolutions.id, draft.previous), eq(resolutions.state, 'archived')))
      .run();
  }
  writeAudit(tx, {
    actorId: actor.id,
    action: 'resolution.unpublish',
    entityType: 'resolution',
    entityId: resolutionId,
    details: { year: resolution.year, draftId: draft.id, restored: draft.previous },
  });
  return { ok: true, restoredResolutionId: draft.previous };
}
