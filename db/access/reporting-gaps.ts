import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';

// Who has not reported: every assignment (organization × target or task) of a period's
// resolution without a submitted or approved report of that organization for the period.
// One query for any number of periods and organizations; the caller scopes it.

export type GapRow = {
  periodId: number;
  organizationId: number;
  organizationCode: string;
  organizationName: string;
  role: 'lead' | 'coordinate';
  kind: 'target' | 'task';
  subjectId: number;
  subjectCode: string;
  /** The target's name or the task's text, as written. */
  subjectLabel: string;
  /** An open report (draft or returned) the organization has started for the period, if any. */
  openReportId: number | null;
};

export function findGaps(db: Pick<Db, 'all'>, periodIds: number[], organizationId: number | null): GapRow[] {
  if (periodIds.length === 0) return [];
  const ids = sql.join(
    periodIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const orgFilter = organizationId === null ? sql`` : sql`AND a.organization_id = ${organizationId}`;
  const reportOrgFilter = organizationId === null ? sql`` : sql`AND u.organization_id = ${organizationId}`;
  // The reports of these periods are read once (index on period, organization) and grouped by
  // slot; each assignment then finds its slot through an automatic index. A correlated subquery
  // per assignment with "target_id = … OR task_id = …" walked every report of the period and
  // organization for each assignment instead.
  return db.all<GapRow>(sql`
    SELECT p.id AS periodId, o.id AS organizationId, o.code AS organizationCode, o.name AS organizationName,
           a.role AS role,
           CASE WHEN a.target_id IS NOT NULL THEN 'target' ELSE 'task' END AS kind,
           coalesce(a.target_id, a.task_id) AS subjectId,
           coalesce(t.code, k.code) AS subjectCode,
           coalesce(t.name, k.text) AS subjectLabel,
           r.open_id AS openReportId
      FROM reporting_periods p
      JOIN assignments a
      JOIN organizations o ON o.id = a.organization_id
      LEFT JOIN targets t ON t.id = a.target_id
      LEFT JOIN tasks k ON k.id = a.task_id
      LEFT JOIN task_groups g ON g.id = k.group_id
      LEFT JOIN (
            SELECT u.period_id, u.organization_id, u.kind, coalesce(u.target_id, u.task_id) AS subject_id,
                   max(u.state IN ('submitted', 'approved')) AS reported,
                   max(CASE WHEN u.state IN ('draft', 'returned') THEN u.id END) AS open_id
              FROM updates u
             WHERE u.period_id IN (${ids}) ${reportOrgFilter}
             GROUP BY u.period_id, u.organization_id, u.kind, subject_id) r
        ON r.period_id = p.id AND r.organization_id = a.organization_id
       AND r.kind = (CASE WHEN a.target_id IS NOT NULL THEN 'target' ELSE 'task' END)
       AND r.subject_id = coalesce(a.target_id, a.task_id)
     WHERE p.id IN (${ids}) ${orgFilter}
       AND coalesce(t.resolution_id, g.resolution_id) = p.resolution_id
       AND coalesce(r.reported, 0) = 0
     ORDER BY p.due_on, p.kind, o.sort_order, a.target_id IS NULL, coalesce(t.code, k.code)
  `);
}
