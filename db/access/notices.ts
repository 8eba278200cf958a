import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { cache } from 'react';
import { isApproaching } from '@/lib/workflow/calendar';
import { getDb } from '../client';
import { updates } from '../schema';
import { countWaiting } from './approvals';
import { organizationFocusGaps } from './organization-gaps';
import type { Actor } from './periods';
import { assertOfficer } from './role-checks';

// The small counts the workspace navigation shows on every page: an officer's returned updates
// and updates due within a week; the chair's updates waiting for a decision. Three small
// indexed queries at most.

export type ApproachingDeadline = { periodCode: string; dueOn: string; missing: number };

export type Notices =
  { role: 'officer'; returned: number; approaching: ApproachingDeadline[] } | { role: 'chair'; waiting: number } | null;

/** Once per request (React cache): the workspace layout and the dashboard page both show them. */
export const getNotices = cache((user: Actor, today: string): Notices => {
  if (user.role === 'chair') return { role: 'chair', waiting: countWaiting(user) };
  // The administrator's navigation has no counts: nothing to show, not a refusal.
  if (user.role === 'admin') return null;
  const organizationId = assertOfficer(user);
  const db = getDb();
  const returned =
    db
      .select({ n: sql<number>`count(*)` })
      .from(updates)
      .where(and(eq(updates.organizationId, organizationId), eq(updates.state, 'returned')))
      .get()?.n ?? 0;
  const focus = organizationFocusGaps(organizationId, today);
  const upcoming = focus.upcoming.filter((p) => isApproaching(p.dueOn, today));
  const gaps = focus.gaps;
  const approaching = upcoming
    .map((p) => ({ periodCode: p.code, dueOn: p.dueOn, missing: gaps.filter((g) => g.periodId === p.id).length }))
    .filter((a) => a.missing > 0);
  return { role: 'officer', returned, approaching };
});

/** The number shown beside a navigation link, 0 for none. */
export function noticeCount(notices: Notices): number {
  if (!notices) return 0;
  if (notices.role === 'chair') return notices.waiting;
  return notices.returned + notices.approaching.reduce((n, a) => n + a.missing, 0);
}
