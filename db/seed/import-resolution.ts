// Writes a parsed resolution with its targets, task groups, tasks, default assignments and
// reporting periods — all or nothing, in one transaction. A year that is already imported is
// left alone: after the first import the data belongs to its users.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { assignments, organizations, resolutions, targets, taskGroups, tasks, type ImportWarning } from '../schema';
import { resolutionColumns } from '../resolution-columns';
import { defaultAssignments, type Owner } from './default-assignments';
import type { ParsedResolution } from '../../lib/resolution/parse';
import { createResolutionPeriods } from './periods';

export type ImportResult =
  | { created: true; resolutionId: number; warnings: ImportWarning[] }
  | { created: false; resolutionId: number; warnings: ImportWarning[] };

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function importResolution(db: Db, parsed: ParsedResolution, options: { sourceText: string }): ImportResult {
  // IMMEDIATE: take the write lock before reading, so two importers cannot both see "absent".
  return db.transaction(
    (tx) => {
      const existing = tx
        .select({ id: resolutions.id })
        .from(resolutions)
        .where(eq(resolutions.year, parsed.header.year))
        .get();
      if (existing) return { created: false as const, resolutionId: existing.id, warnings: [] };

      const orgIds = new Map(
        tx
          .select({ id: organizations.id, code: organizations.code })
          .from(organizations)
          .all()
          .map((o) => [o.code, o.id]),
      );
      const owners = defaultAssignments(parsed);
      const warnings: ImportWarning[] = [...parsed.warnings, ...owners.warnings];
      const missingOrgs = new Set<string>();
      const assignmentRows = (list: Owner[], subject: { targetId: number } | { taskId: number }) =>
        list.flatMap((o) => {
          const organizationId = orgIds.get(o.org);
          if (organizationId === undefined) missingOrgs.add(o.org);
          return organizationId === undefined ? [] : [{ organizationId, role: o.role, ...subject }];
        });

      const { header, review } = parsed;
      // A later year than the current one takes its place; an earlier one is filed as an archive.
      const current = tx
        .select({ id: resolutions.id, year: resolutions.year })
        .from(resolutions)
        .where(eq(resolutions.state, 'current'))
        .get();
      const becomesCurrent = !current || current.year < header.year;
      if (current && becomesCurrent)
        tx.update(resolutions).set({ state: 'archived' }).where(eq(resolutions.id, current.id)).run();
      const resolutionId = tx
        .insert(resolutions)
        .values({
          state: becomesCurrent ? 'current' : 'archived',
          publishedAt: new Date(),
          ...resolutionColumns({ ...header, objectives: parsed.objectives, recipients: parsed.recipients }, review),
          importWarnings: [],
          sourceText: options.sourceText,
          sourceSha256: sha256Hex(options.sourceText),
        })
        .returning({ id: resolutions.id })
        .get().id;

      const targetOwners = new Map(owners.targets.map((t) => [t.code, t.owners]));
      for (const t of parsed.targets) {
        const { id } = tx
          .insert(targets)
          .values({
            resolutionId,
            code: t.code,
            category: t.category,
            ordinal: t.ordinal,
            name: t.name,
            targetValue: t.targetValue,
            unit: t.unit,
            direction: t.direction,
            qualifier: t.qualifier,
            extra: t.extra,
            extraValue: t.extraValue,
            extraUnit: t.extraUnit,
            minValue: t.minValue,
            maxValue: t.maxValue,
            sourceLine: t.sourceLine,
            sourceRef: t.sourceRef,
          })
          .returning({ id: targets.id })
          .get();
        const rows = assignmentRows(targetOwners.get(t.code) ?? [], { targetId: id });
        if (rows.length) tx.insert(assignments).values(rows).run();
      }

      const taskOwners = new Map(owners.tasks.map((t) => [t.code, t.owners]));
      for (const g of parsed.taskGroups) {
        const groupId = tx
          .insert(taskGroups)
          .values({ resolutionId, number: g.number, title: g.title })
          .returning({ id: taskGroups.id })
          .get().id;
        for (const task of g.tasks) {
          const { id } = tx
            .insert(tasks)
            .values({ groupId, code: task.code, paragraph: task.paragraph, text: task.text, sourceRef: task.sourceRef })
            .returning({ id: tasks.id })
            .get();
          const rows = assignmentRows(taskOwners.get(task.code) ?? [], { taskId: id });
          if (rows.length) tx.insert(assignments).values(rows).run();
        }
      }

      createResolutionPeriods(tx, resolutionId, header.year);

      for (const code of missingOrgs) {
        warnings.push({
          code: 'missing-organization',
          message: `Không có cơ quan mã ${code} trong hệ thống; các phân công mặc định cho cơ quan này đã bị bỏ qua.`,
        });
      }
      tx.update(resolutions).set({ importWarnings: warnings }).where(eq(resolutions.id, resolutionId)).run();
      return { created: true as const, resolutionId, warnings };
    },
    { behavior: 'immediate' },
  );
}
