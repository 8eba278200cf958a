import 'server-only';
import { cache } from 'react';
import { getDb } from '../client';
import { dueForOrganization } from '../due-updates';
import type { PeriodRow } from './periods';
import type { GapRow } from './reporting-gaps';

export type FocusGaps = { upcoming: PeriodRow[]; overdue: PeriodRow[]; gaps: GapRow[] };

/**
 * What one organization has not reported for the periods due next and due last, each assignment
 * for its own cadence only. Once per request (React cache): the workspace layout's notices and
 * the dashboard both show it. Callers pass an officer's own organization; the query is scoped to it.
 */
export const organizationFocusGaps = cache((organizationId: number, today: string): FocusGaps => {
  const { upcoming, overdue, gaps } = dueForOrganization(getDb(), organizationId, today);
  return { upcoming, overdue, gaps };
});
