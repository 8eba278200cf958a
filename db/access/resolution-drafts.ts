import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import {
  isResolutionReadError,
  parseResolutionFile,
  parseResolutionText,
  type ParseIssue,
  type ResolutionDraft,
  type ResolutionReadErrorCode,
} from '@/lib/resolution';
import { buildSummary } from '@/lib/public/summary-model';
import {
  newWarning,
  publishBlockers,
  type DraftDoc,
  type PublishBlockers,
  type ReviewWarning,
} from '@/lib/years/draft-doc';
import type { EditResult } from '@/lib/years/draft-edits';
import { checkReview, type RecordedYear } from '@/lib/years/review-check';
import { proposeLinks } from '@/lib/years/similarity';
import { getDb, type Db } from '../client';
import { organizations, resolutionDrafts, resolutions, targets } from '../schema';
import { defaultAssignments } from '../seed/default-assignments';
import { writeAudit } from './audit';
import { readCurrentResolution } from './periods';
import { readSummaryRows } from './public-summary';
import { countUpdates } from './resolution-publish';
import { assertRole, type CurrentUser } from './session';

// The office's side of a new year: a resolution read from an upload or a paste becomes a DRAFT in
// resolution_drafts, which only the administrator's pages read (no public page, no open data, no
// dashboard). Every edit checks the version the page was loaded with; each write and its audit row
// commit together. Publishing is in resolution-publish.ts.

export type DraftUpload = { fileName: string; bytes: Uint8Array } | { text: string };

export type ImportOutcome =
  | { ok: true; draftId: number }
  | {
      ok: false;
      code: ResolutionReadErrorCode | 'year_exists' | 'year_not_later';
      message: string;
      issues: ParseIssue[];
    };

type Actor = Pick<CurrentUser, 'id' | 'role'>;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Reads the upload or the pasted text; writes the draft only when it reads as a resolution. */
export async function importDraft(actor: Actor, upload: DraftUpload, db: Db = getDb()): Promise<ImportOutcome> {
  assertRole(actor as CurrentUser, ['admin']);
  let text: string;
  let draft: ResolutionDraft;
  let fileName: string | null = null;
  try {
    if ('text' in upload) {
      text = upload.text;
      draft = parseResolutionText(text);
    } else {
      fileName = upload.fileName;
      const parsed = await parseResolutionFile(upload.bytes, upload.fileName);
      text = parsed.text;
      draft = parsed.draft;
    }
  } catch (error) {
    if (isResolutionReadError(error))
      return { ok: false, code: error.code, message: error.message, issues: error.issues };
    throw error;
  }

  const year = draft.resolution.year;
  return db.transaction(
    (tx): ImportOutcome => {
      if (tx.select({ id: resolutions.id }).from(resolutions).where(eq(resolutions.year, year)).get()) {
        return {
          ok: false,
          code: 'year_exists',
          message: `Nghị quyết năm ${year} đã có trong hệ thống: không nhập lại được. Nếu cần sửa, hãy hoàn tác việc công bố nghị quyết đó trước.`,
          issues: [],
        };
      }
      const current = readCurrentResolution(tx);
      if (current && year <= current.year) {
        return {
          ok: false,
          code: 'year_not_later',
          message: `Văn bản là nghị quyết năm ${year}, không sau năm ${current.year} đang theo dõi: chỉ nhập được nghị quyết của năm sau.`,
          issues: [],
        };
      }
      const doc = buildDoc(tx, draft, current);
      const id = tx
        .insert(resolutionDrafts)
        .values({
          year,
          fileName,
          sourceText: text,
          sourceSha256: sha256(text),
          doc: doc as unknown as Record<string, unknown>,
          previousResolutionId: current?.id ?? null,
          createdBy: actor.id,
        })
        .returning({ id: resolutionDrafts.id })
        .get().id;
      writeAudit(tx, {
        actorId: actor.id,
        action: 'resolution_draft.import',
        entityType: 'resolution_draft',
        entityId: id,
        details: {
          year,
          fileName,
          targets: draft.targets.length,
          tasks: draft.taskGroups.reduce((n, g) => n + g.tasks.length, 0),
          warnings: doc.warnings.length,
        },
      });
      return { ok: true, draftId: id };
    },
    { behavior: 'immediate' },
  );
}

/** The reading plus the office's proposals: owners by the default rules, links by name, warnings. */
function buildDoc(tx: Db, draft: ResolutionDraft, current: { id: number; year: number } | null): DraftDoc {
  const previous = current ? previousTargets(tx, current.id) : [];
  const links = proposeLinks(draft.targets, previous);
  const owners = defaultAssignments(draft as unknown as Parameters<typeof defaultAssignments>[0]);
  const targetOwners = new Map(owners.targets.map((t) => [t.code, t.owners]));
  const taskOwners = new Map(owners.tasks.map((t) => [t.code, t.owners]));
  const warnings: ReviewWarning[] = draft.warnings.map((w, i) => newWarning(`r${i + 1}`, 'reader', w));
  const recorded = current ? recordedYear(tx, current.year) : null;
  checkReview(draft.review, recorded).forEach((message, i) =>
    warnings.push(
      newWarning(`k${i + 1}`, 'review-check', {
        code: 'review-count-mismatch',
        message,
        line: draft.review.summaryLine ?? draft.review.line,
      }),
    ),
  );
  return {
    draft: { ...draft, warnings: [] },
    targets: Object.fromEntries(
      draft.targets.map((t, i) => [
        t.code,
        {
          errata: null,
          owners: targetOwners.get(t.code) ?? [],
          link: {
            state: 'proposed' as const,
            previousTargetId: links[i]?.targetId ?? null,
            score: links[i]?.score ?? null,
          },
        },
      ]),
    ),
    tasks: Object.fromEntries(
      draft.taskGroups
        .flatMap((g) => g.tasks)
        .map((t) => [t.code, { errata: null, owners: taskOwners.get(t.code) ?? [] }]),
    ),
    warnings,
  };
}

export type PreviousTarget = {
  id: number;
  code: string;
  name: string;
  unit: string;
  targetValue: number | null;
  direction: string;
};

function previousTargets(db: Pick<Db, 'select'>, resolutionId: number): PreviousTarget[] {
  return db
    .select({
      id: targets.id,
      code: targets.code,
      name: targets.name,
      unit: targets.unit,
      targetValue: targets.targetValue,
      direction: targets.direction,
    })
    .from(targets)
    .where(eq(targets.resolutionId, resolutionId))
    .orderBy(asc(targets.code))
    .all();
}

/** What the app recorded of a year: each target met or not by its latest approved (official) figure. */
export function recordedYear(db: Db, year: number): RecordedYear | null {
  const rows = readSummaryRows(db, year);
  if (!rows) return null;
  const summary = buildSummary(rows);
  return {
    year,
    targets: summary.targets.map((t) => ({
      code: t.code,
      name: t.name,
      met: (t.status as string) === 'met' || (t.status as string) === 'exceeded',
      hasFigure: t.latest !== null,
    })),
  };
}

export type DraftView = {
  id: number;
  year: number;
  state: 'draft' | 'published' | 'discarded';
  fileName: string | null;
  version: number;
  doc: DraftDoc;
  sourceLines: string[];
  previous: { id: number; year: number; targets: PreviousTarget[] } | null;
  organizations: { code: string; name: string }[];
  blockers: PublishBlockers;
  publishedResolutionId: number | null;
};

/** One draft for its review page (administrator only); null when there is no such draft. */
export function getDraftView(actor: Actor, id: number, db: Db = getDb()): DraftView | null {
  assertRole(actor as CurrentUser, ['admin']);
  const row = db.select().from(resolutionDrafts).where(eq(resolutionDrafts.id, id)).get();
  if (!row) return null;
  const doc = row.doc as unknown as DraftDoc;
  const previousRow = row.previousResolutionId
    ? db
        .select({ id: resolutions.id, year: resolutions.year })
        .from(resolutions)
        .where(eq(resolutions.id, row.previousResolutionId))
        .get()
    : undefined;
  const previous = previousRow ? { ...previousRow, targets: previousTargets(db, previousRow.id) } : null;
  return {
    id: row.id,
    year: row.year,
    state: row.state,
    fileName: row.fileName,
    version: row.version,
    doc,
    sourceLines: row.sourceText.replace(/^\uFEFF/u, '').split(/\r?\n/u),
    previous,
    organizations: db
      .select({ code: organizations.code, name: organizations.name })
      .from(organizations)
      .orderBy(asc(organizations.sortOrder))
      .all(),
    blockers: publishBlockers(doc, previous !== null),
    publishedResolutionId: row.publishedResolutionId,
  };
}

export type DraftListItem = {
  id: number;
  year: number;
  state: 'draft' | 'published' | 'discarded';
  fileName: string | null;
  createdAt: Date;
  blockers: number;
};

export function listDrafts(actor: Actor, db: Db = getDb()): DraftListItem[] {
  assertRole(actor as CurrentUser, ['admin']);
  return db
    .select()
    .from(resolutionDrafts)
    .where(inArray(resolutionDrafts.state, ['draft', 'published']))
    .orderBy(desc(resolutionDrafts.id))
    .all()
    .map((r) => {
      const doc = r.doc as unknown as DraftDoc;
      return {
        id: r.id,
        year: r.year,
        state: r.state,
        fileName: r.fileName,
        createdAt: r.createdAt,
        blockers: publishBlockers(doc, r.previousResolutionId !== null).total,
      };
    });
}

export type EditOutcome =
  { ok: true; version: number } | { ok: false; code: 'not_found' | 'stale_version' | 'refused'; message?: string };

/**
 * Applies one edit to a draft still under review, at the version the page was loaded with: the
 * new document, the version bump and the audit row in one immediate transaction.
 */
export function editDraft(
  actor: Actor,
  input: { id: number; version: number; action: string },
  edit: (doc: DraftDoc, context: { previousTargetIds: number[] }) => EditResult,
  db: Db = getDb(),
): EditOutcome {
  assertRole(actor as CurrentUser, ['admin']);
  return db.transaction(
    (tx): EditOutcome => {
      const row = tx
        .select()
        .from(resolutionDrafts)
        .where(and(eq(resolutionDrafts.id, input.id), eq(resolutionDrafts.state, 'draft')))
        .get();
      if (!row) return { ok: false, code: 'not_found' };
      if (row.version !== input.version) return { ok: false, code: 'stale_version' };
      const previousTargetIds = row.previousResolutionId
        ? previousTargets(tx, row.previousResolutionId).map((t) => t.id)
        : [];
      const result = edit(row.doc as unknown as DraftDoc, { previousTargetIds });
      if (!result.ok) return { ok: false, code: 'refused', message: result.message };
      const changed = tx
        .update(resolutionDrafts)
        .set({
          doc: result.doc as unknown as Record<string, unknown>,
          version: row.version + 1,
          updatedAt: new Date(),
        })
        .where(and(eq(resolutionDrafts.id, row.id), eq(resolutionDrafts.version, row.version)))
        .run().changes;
      if (changed !== 1) return { ok: false, code: 'stale_version' };
      writeAudit(tx, {
        actorId: actor.id,
        action: `resolution_draft.${input.action}`,
        entityType: 'resolution_draft',
        entityId: row.id,
        details: { version: row.version + 1, ...result.summary },
      });
      return { ok: true, version: row.version + 1 };
    },
    { behavior: 'immediate' },
  );
}

/** Sets a draft aside (it stays in the audit trail, not in the list). */
export function discardDraft(actor: Actor, input: { id: number; version: number }, db: Db = getDb()): EditOutcome {
  assertRole(actor as CurrentUser, ['admin']);
  return db.transaction(
    (tx): EditOutcome => {
      const changed = tx
        .update(resolutionDrafts)
        .set({ state: 'discarded', version: input.version + 1, updatedAt: new Date() })
        .where(
          and(
            eq(resolutionDrafts.id, input.id),
            eq(resolutionDrafts.state, 'draft'),
            eq(resolutionDrafts.version, input.version),
          ),
        )
        .run().changes;
      if (changed !== 1) return { ok: false, code: 'stale_version' };
      writeAudit(tx, {
        actorId: actor.id,
        action: 'resolution_draft.discard',
        entityType: 'resolution_draft',
        entityId: input.id,
      });
      return { ok: true, version: input.version + 1 };
    },
    { behavior: 'immediate' },
  );
}

export type ResolutionListItem = {
  id: number;
  year: number;
  title: string;
  state: 'current' | 'archived';
  publishedAt: Date | null;
  /** Published from a draft here and nothing reported against it yet. */
  undoable: boolean;
};

/** Every year held, newest first, with whether publishing it can still be undone (administrator only). */
export function listResolutions(actor: Actor, db: Db = getDb()): ResolutionListItem[] {
  assertRole(actor as CurrentUser, ['admin']);
  const fromDrafts = new Set(
    db
      .select({ id: resolutionDrafts.publishedResolutionId })
      .from(resolutionDrafts)
      .where(eq(resolutionDrafts.state, 'published'))
      .all()
      .map((r) => r.id),
  );
  return db
    .select({
      id: resolutions.id,
      year: resolutions.year,
      title: resolutions.title,
      state: resolutions.state,
      publishedAt: resolutions.publishedAt,
    })
    .from(resolutions)
    .orderBy(desc(resolutions.year))
    .all()
    .map((r) => ({
      ...r,
      undoable: r.state === 'current' && fromDrafts.has(r.id) && countUpdates(db, r.id) === 0,
    }));
}
