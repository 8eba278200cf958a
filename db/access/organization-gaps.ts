import 'server-only';
import { cache } from 'react';
import { focusPeriods } from '@/lib/workflow/calendar';
import { getDb } from '../client';
import { currentResolution, listPeriods, type PeriodRow } from './periods';
import { findGaps, type GapRow } from './reporting-gaps';

export type FocusGaps = { upcoming: PeriodRow[]; overdue: PeriodRow[]; gaps: GapRow[] };

/**
 * What one organization has not reported for the periods due next and due last (one query).
 * Once per request (React cache): the workspace layout's notices and the dashboard both show it.
 * Callers pass an officer's own organization; the query is scoped to it.
 */
export const organizationFocusGaps = cache((organizationId: number, today: string): FocusGaps => {
  const resolution = currentResolution();
  if (!resolution) return { upcoming: [], overdue: [], gaps: [] };
  const focus = focusPeriods(listPeriods(resolution.id), today);
  const gaps = findGaps(
    getDb(),
    [...focus.upcoming, ...focus.overdue].map((p) => p.id),
    organizationId,
  );
  return { ...focus, gaps };
});
