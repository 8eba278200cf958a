import 'server-only';
import type { TargetDirection } from '@/lib/domain';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { isSelfReview } from '@/lib/workflow/self-review';
import { getDb } from '../client';
import {
  auditLog,
  evidenceFiles,
  organizations,
  reportingPeriods,
  targets,
  taskGroups,
  tasks,
  updates,
} from '../schema';
import { currentResolution, listPeriods, type Actor, type PeriodRow } from './periods';
import { figureColumns, updateAuthor as author, type UpdateFigures } from './update-columns';
import type { SubjectKind } from './subjects';
import { figuresAtReturn, type TrailEntry } from '@/lib/workflow/returned-figures';
import { assertRole } from './role-checks';

// The chair's queue of submitted updates: filtered, counted, paginated, each beside the
// previous approved update of the same organization on the same subject. A fixed number of
// queries whatever the page holds (items, total, three facet counts, previous updates).

export const queuePageSize = 20;

export type QueueFilters = {
  organizationId: number | null;
  kind: SubjectKind | null;
  /** A target id when kind is 'target', a task id when 'task'. */
  subjectId: number | null;
  periodId: number | null;
};

export type { UpdateFigures };

export type PreviousUpdate = UpdateFigures & { id: number; periodCode: string; reviewedAt: Date | null };

export type QueueItem = UpdateFigures & {
  id: number;
  version: number;
  kind: SubjectKind;
  subjectId: number;
  subjectCode: string;
  subjectLabel: string;
  unit: string | null;
  targetValue: number | null;
  direction: TargetDirection | null;
  targetHigh: number | null;
  role: 'lead' | 'coordinate';
  organizationCode: string;
  organizationName: string;
  periodCode: string;
  authorName: string;
  submittedAt: Date | null;
  /** The reason of an earlier return, when this is a resubmission. */
  returnReason: string | null;
  /** A resubmission's figures as the chair returned them (null when never returned, or unknown). */
  returned: UpdateFigures | null;
  previous: PreviousUpdate | null;
  evidenceCount: number;
  /** An update of the chair's own organization: tự duyệt, approved one by one (lib/workflow/self-review.ts). */
  selfReview: boolean;
};

export type FacetCount = { id: number; label: string; count: number };

export type QueuePage = {
  items: QueueItem[];
  total: number;
  page: number;
  pageCount: number;
  counts: { organizations: FacetCount[]; periods: FacetCount[]; kinds: Record<SubjectKind, number> };
};

function conditions(filters: QueueFilters, skip: keyof QueueFilters | null): SQL {
  const parts: (SQL | undefined)[] = [eq(updates.state, 'submitted')];
  if (skip !== 'organizationId' && filters.organizationId !== null)
    parts.push(eq(updates.organizationId, filters.organizationId));
  if (skip !== 'kind' && filters.kind !== null) parts.push(eq(updates.kind, filters.kind));
  if (filters.kind !== null && filters.subjectId !== null) {
    parts.push(
      filters.kind === 'target' ? eq(updates.targetId, filters.subjectId) : eq(updates.taskId, filters.subjectId),
    );
  }
  if (skip !== 'periodId' && filters.periodId !== null) parts.push(eq(updates.periodId, filters.periodId));
  return and(...parts)!;
}

// The latest approved update of the same organization on the same subject (index seek on
// (target_id | task_id, state, reviewed_at)).
const previousId = sql<number | null>`CASE WHEN ${updates.kind} = 'target'
  THEN (SELECT p.id FROM updates p WHERE p.target_id = ${updates.targetId} AND p.state = 'approved'
         AND p.organization_id = ${updates.organizationId} ORDER BY p.reviewed_at DESC, p.id DESC LIMIT 1)
  ELSE (SELECT p.id FROM updates p WHERE p.task_id = ${updates.taskId} AND p.state = 'approved'
         AND p.organization_id = ${updates.organizationId} ORDER BY p.reviewed_at DESC, p.id DESC LIMIT 1) END`;

/** The chair's queue; anyone else is refused (AuthError 403). */
export function listQueue(user: Actor, filters: QueueFilters, requestedPage: number): QueuePage {
  assertRole(user, ['chair']);
  const db = getDb();
  const where = conditions(filters, null);
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(updates)
      .where(where)
      .get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / queuePageSize));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);

  const rows = db
    .select({
      id: updates.id,
      version: updates.version,
      kind: updates.kind,
      targetId: updates.targetId,
      taskId: updates.taskId,
      targetCode: targets.code,
      targetName: targets.name,
      unit: targets.unit,
      targetValue: targets.targetValue,
      targetHigh: targets.targetHigh,
      direction: targets.direction,
      taskCode: tasks.code,
      taskText: tasks.text,
      role: updates.role,
      organizationId: updates.organizationId,
      organizationCode: organizations.code,
      organizationName: organizations.name,
      periodCode: reportingPeriods.code,
      authorName: author.displayName,
      submittedAt: updates.submittedAt,
      returnReason: updates.returnReason,
      ...figureColumns,
      previousId,
    })
    .from(updates)
    .innerJoin(organizations, eq(organizations.id, updates.organizationId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .innerJoin(author, eq(author.id, updates.authorId))
    .leftJoin(targets, eq(targets.id, updates.targetId))
    .leftJoin(tasks, eq(tasks.id, updates.taskId))
    .where(where)
    .orderBy(asc(updates.submittedAt), asc(updates.id))
    .limit(queuePageSize)
    .offset((page - 1) * queuePageSize)
    .all();

  const previousIds = rows.map((r) => r.previousId).filter((id): id is number => id !== null);
  const previous = new Map(
    (previousIds.length
      ? db
          .select({
            id: updates.id,
            periodCode: reportingPeriods.code,
            reviewedAt: updates.reviewedAt,
            ...figureColumns,
          })
          .from(updates)
          .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
          .where(inArray(updates.id, previousIds))
          .all()
      : []
    ).map((p) => [p.id, p]),
  );

  const ids = rows.map((r) => r.id);
  const evidence = new Map(
    (ids.length
      ? db
          .select({ updateId: evidenceFiles.updateId, n: sql<number>`count(*)` })
          .from(evidenceFiles)
          .where(inArray(evidenceFiles.updateId, ids))
          .groupBy(evidenceFiles.updateId)
          .all()
      : []
    ).map((e) => [e.updateId, e.n]),
  );

  const trails = returnTrails(rows.filter((r) => r.returnReason !== null).map((r) => r.id));

  const items: QueueItem[] = rows.map((r) => ({
    id: r.id,
    version: r.version,
    kind: r.kind,
    subjectId: (r.kind === 'target' ? r.targetId : r.taskId)!,
    subjectCode: (r.kind === 'target' ? r.targetCode : r.taskCode) ?? '',
    subjectLabel: (r.kind === 'target' ? r.targetName : r.taskText) ?? '',
    unit: r.unit,
    targetValue: r.targetValue,
    targetHigh: r.targetHigh,
    direction: r.direction,
    role: r.role,
    organizationCode: r.organizationCode,
    organizationName: r.organizationName,
    periodCode: r.periodCode,
    authorName: r.authorName,
    submittedAt: r.submittedAt,
    returnReason: r.returnReason,
    returned: trails.has(r.id)
      ? figuresAtReturn(
          { value: r.value, note: r.note, taskStatus: r.taskStatus, progress: r.progress, narrative: r.narrative },
          trails.get(r.id)!,
        )
      : null,
    value: r.value,
    note: r.note,
    taskStatus: r.taskStatus,
    progress: r.progress,
    narrative: r.narrative,
    previous: r.previousId !== null ? (previous.get(r.previousId) ?? null) : null,
    evidenceCount: evidence.get(r.id) ?? 0,
    selfReview: isSelfReview(user, r),
  }));

  return { items, total, page, pageCount, counts: facetCounts(filters) };
}

/** The audit trail (returns and the officer's edits, oldest first) of the resubmitted updates on the page. */
function returnTrails(ids: number[]): Map<number, TrailEntry[]> {
  const trails = new Map<number, TrailEntry[]>();
  if (ids.length === 0) return trails;
  const rows = getDb()
    .select({ id: auditLog.entityId, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'update'),
        inArray(auditLog.entityId, ids),
        inArray(auditLog.action, ['update.return', 'update.save', 'update.submit']),
      ),
    )
    .orderBy(asc(auditLog.id))
    .all();
  for (const row of rows) {
    const changes = (row.details?.changes ?? null) as TrailEntry['changes'];
    const list = trails.get(row.id!) ?? [];
    list.push({ action: row.action, changes });
    trails.set(row.id!, list);
  }
  return trails;
}

function facetCounts(filters: QueueFilters): QueuePage['counts'] {
  const db = getDb();
  const n = () => sql<number>`count(*)`.as('n');
  // Counted on the index (state, organization, period, kind) alone, then named: the names are
  // joined to the few groups, not to every waiting update.
  const byOrganization = db
    .select({ id: updates.organizationId, count: n() })
    .from(updates)
    .where(conditions(filters, 'organizationId'))
    .groupBy(updates.organizationId)
    .as('by_organization');
  const organizationsCount = db
    .select({ id: organizations.id, label: organizations.name, count: byOrganization.count })
    .from(byOrganization)
    .innerJoin(organizations, eq(organizations.id, byOrganization.id))
    .orderBy(asc(organizations.sortOrder))
    .all();
  const byPeriod = db
    .select({ id: updates.periodId, count: n() })
    .from(updates)
    .where(conditions(filters, 'periodId'))
    .groupBy(updates.periodId)
    .as('by_period');
  const periods = db
    .select({ id: reportingPeriods.id, label: reportingPeriods.code, count: byPeriod.count })
    .from(byPeriod)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, byPeriod.id))
    .orderBy(asc(reportingPeriods.kind), asc(reportingPeriods.startsOn))
    .all();
  const kinds = { target: 0, task: 0 };
  for (const row of db
    .select({ kind: updates.kind, count: sql<number>`count(*)` })
    .from(updates)
    .where(conditions({ ...filters, subjectId: null }, 'kind'))
    .groupBy(updates.kind)
    .all()) {
    kinds[row.kind] = row.count;
  }
  return { organizations: organizationsCount, periods, kinds };
}

export type FilterOptions = {
  organizations: { id: number; name: string }[];
  targets: { id: number; code: string; name: string }[];
  tasks: { id: number; code: string }[];
  periods: PeriodRow[];
};

/** What the chair can filter the queue by: every organization, target, task and period. */
export function queueFilterOptions(user: Actor): FilterOptions {
  assertRole(user, ['chair']);
  const db = getDb();
  const resolution = currentResolution();
  const organizationsList = db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .orderBy(asc(organizations.sortOrder))
    .all();
  if (!resolution) return { organizations: organizationsList, targets: [], tasks: [], periods: [] };
  return {
    organizations: organizationsList,
    targets: db
      .select({ id: targets.id, code: targets.code, name: targets.name })
      .from(targets)
      .where(eq(targets.resolutionId, resolution.id))
      .orderBy(asc(targets.code))
      .all(),
    tasks: db
      .select({ id: tasks.id, code: tasks.code })
      .from(tasks)
      .innerJoin(taskGroups, eq(taskGroups.id, tasks.groupId))
      .where(eq(taskGroups.resolutionId, resolution.id))
      .orderBy(asc(taskGroups.number), asc(tasks.paragraph))
      .all(),
    periods: listPeriods(resolution.id),
  };
}
