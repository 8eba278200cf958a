import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { eq } from 'drizzle-orm';
import type { UpdateState } from '@/lib/domain';
import { getDb, type Db } from '../client';
import { organizations, reportingPeriods, targets, tasks, updates } from '../schema';
import { assertRole, type CurrentUser } from './session';

/** An update the chair just decided on, as the confirmation under the queue's heading names it. */
export type DecidedUpdate = {
  id: number;
  state: UpdateState;
  code: string;
  name: string;
  organization: string;
  periodCode: string;
};

/** The chair's recent decisions (ids from the decision cookie), in the order given. */
export function readDecidedUpdates(actor: CurrentUser, ids: number[], db: Db = getDb()): DecidedUpdate[] {
  assertRole(actor, ['chair']);
  if (ids.length === 0) return [];
  const rows = db
    .select({
      id: updates.id,
      state: updates.state,
      code: sql<string>`coalesce(${targets.code}, ${tasks.code})`,
      name: sql<string>`coalesce(${targets.name}, ${tasks.text})`,
      organization: organizations.name,
      periodCode: reportingPeriods.code,
    })
    .from(updates)
    .innerJoin(organizations, eq(organizations.id, updates.organizationId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
    .leftJoin(targets, eq(targets.id, updates.targetId))
    .leftJoin(tasks, eq(tasks.id, updates.taskId))
    .where(inArray(updates.id, ids))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
