import 'server-only';
import { desc } from 'drizzle-orm';
import { getDb } from '../client';
import { resolutions, type ImportWarning } from '../schema';
import { assertRole, type CurrentUser } from './session';

export type ResolutionWarnings = { resolutionId: number; year: number; title: string; warnings: ImportWarning[] };

/**
 * What the importer noticed but would not decide (e.g. the poor-household rate written as
 * 1,25 % in II.2.1 and 1,45 % in III.3): shown to the administrator, never silently resolved.
 */
export function listImportWarnings(actor: CurrentUser): ResolutionWarnings[] {
  assertRole(actor, ['admin']);
  return getDb()
    .select({
      resolutionId: resolutions.id,
      year: resolutions.year,
      title: resolutions.title,
      warnings: resolutions.importWarnings,
    })
    .from(resolutions)
    .orderBy(desc(resolutions.year))
    .all();
}
