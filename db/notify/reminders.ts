import { and, asc, desc, eq, min, sql } from 'drizzle-orm';
import { readCurrentResolution } from '@/db/access/periods';
import { findGaps, type GapRow } from '@/db/access/reporting-gaps';
import { chairDigest, dueReminder, type DigestFacts, type ReminderWhen } from '@/lib/mail/compose';
import { siteUrl } from '@/lib/mail/config';
import { addDays, daysBetween, focusPeriods, wardToday } from '@/lib/workflow/calendar';
import { targetVerdict, yearShareAt } from '@/lib/workflow/target-verdict';
import type { Db } from '../client';
import { reportingPeriods, targets, updates } from '../schema';
import { queueEvent, type QueueCounts } from './queue';
import { chairs, organizationOfficers } from './recipients';
import { reminderDaysBefore } from './reminder-settings';

// The scheduler's work for one moment: which organizations to remind of which due date, and the
// chair's digest. Everything it queues carries a key naming the event (kind, due date,
// organization; the digest's day or week), so running it again, or in two processes at once,
// queues nothing new. Days are the ward's (Asia/Ho_Chi_Minh).

/** Nothing is queued before this hour of the ward's day: a reminder arrives with the working day. */
export const firstHour = 7;
/** An overdue reminder is sent once, during the first days after the due date (not for old deadlines). */
export const overdueWindowDays = 7;

export function wardHour(now: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hourCycle: 'h23' }).format(now),
  );
}

/** Which reminder a due date calls for today, if any. */
export function reminderFor(dueOn: string, today: string, daysBefore: number): ReminderWhen | null {
  const d = daysBetween(today, dueOn);
  if (d >= 1 && d <= daysBefore) return 'due_soon';
  if (d === 0) return 'due_today';
  if (d < 0 && d >= -overdueWindowDays) return 'overdue';
  return null;
}

type Period = { id: number; code: string; dueOn: string; endsOn: string };

function currentPeriods(db: Db): { id: number; year: number; periods: Period[] } | null {
  const resolution = readCurrentResolution(db);
  if (!resolution) return null;
  const periods = db
    .select({
      id: reportingPeriods.id,
      code: reportingPeriods.code,
      dueOn: reportingPeriods.dueOn,
      endsOn: reportingPeriods.endsOn,
    })
    .from(reportingPeriods)
    .where(eq(reportingPeriods.resolutionId, resolution.id))
    .orderBy(asc(reportingPeriods.dueOn), asc(reportingPeriods.kind))
    .all();
  return { id: resolution.id, year: resolution.year, periods };
}

function byOrganization(gaps: GapRow[]): Map<number, GapRow[]> {
  const out = new Map<number, GapRow[]>();
  for (const gap of gaps) out.set(gap.organizationId, [...(out.get(gap.organizationId) ?? []), gap]);
  return out;
}

export type SchedulerCounts = QueueCounts & { reminders: number; digests: number };

function add(total: SchedulerCounts, counts: QueueCounts) {
  total.notifications += counts.notifications;
  total.emails += counts.emails;
}

/** Due-date reminders for the organizations that have not reported. */
function queueDueReminders(db: Db, now: Date, total: SchedulerCounts): void {
  const current = currentPeriods(db);
  if (!current) return;
  const today = wardToday(now);
  const daysBefore = reminderDaysBefore(db);
  const baseUrl = siteUrl();
  const dueDates = [...new Set(current.periods.map((p) => p.dueOn))];
  for (const dueOn of dueDates) {
    const when = reminderFor(dueOn, today, daysBefore);
    if (!when) continue;
    const periods = current.periods.filter((p) => p.dueOn === dueOn);
    for (const [organizationId, missing] of byOrganization(
      findGaps(
        db,
        periods.map((p) => p.id),
        null,
        now,
      ),
    )) {
      const counts = db.transaction(
        (tx) =>
          queueEvent(tx, organizationOfficers(tx, organizationId), {
            key: `reminder:${when}:${dueOn}:o${organizationId}`,
            kind: 'reminder',
            updateId: null,
            build: (to) =>
              dueReminder(to, baseUrl, {
                when,
                dueOn,
                daysLeft: daysBetween(today, dueOn),
                organizationName: missing[0]!.organizationName,
                missing: missing.map((g) => ({
                  subjectCode: g.subjectCode,
                  subjectLabel: g.subjectLabel,
                  periodCode: periods.find((p) => p.id === g.periodId)?.code ?? '',
                })),
              }),
          }),
        { behavior: 'immediate' },
      );
      if (counts.notifications + counts.emails > 0) total.reminders++;
      add(total, counts);
    }
  }
}

/** Monday of the ISO week holding `day`. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** What the chair's digest says today. */
export function digestFacts(db: Db, now: Date, frequency: 'daily' | 'weekly'): DigestFacts {
  const today = wardToday(now);
  const waiting = db
    .select({ n: sql<number>`count(*)`, oldest: min(updates.submittedAt) })
    .from(updates)
    .where(eq(updates.state, 'submitted'))
    .get();
  const current = currentPeriods(db);
  let overdue: DigestFacts['overdue'] = null;
  const atRisk: DigestFacts['atRisk'] = [];
  if (current) {
    const passed = focusPeriods(current.periods, today).overdue;
    if (passed.length > 0) {
      const gaps = byOrganization(
        findGaps(
          db,
          passed.map((p) => p.id),
          null,
          now,
        ),
      );
      overdue = {
        dueOn: passed[0]!.dueOn,
        organizations: [...gaps.values()].map((rows) => ({ name: rows[0]!.organizationName, missing: rows.length })),
      };
    }
    // The latest approved figure of each target's lead organization, judged as the public page judges it.
    const figures = db
      .select({
        id: targets.id,
        code: targets.code,
        name: targets.name,
        direction: targets.direction,
        targetValue: targets.targetValue,
        targetHigh: targets.targetHigh,
        baseValue: targets.baselineValue,
        yearEndOnly: targets.yearEndOnly,
        judgement: targets.judgement,
        value: updates.value,
        figureKind: updates.figureKind,
        endsOn: reportingPeriods.endsOn,
      })
      .from(targets)
      .innerJoin(
        updates,
        and(eq(updates.targetId, targets.id), eq(updates.state, 'approved'), eq(updates.role, 'lead')),
      )
      .innerJoin(reportingPeriods, eq(reportingPeriods.id, updates.periodId))
      .where(eq(targets.resolutionId, current.id))
      .orderBy(
        asc(targets.code),
        desc(reportingPeriods.endsOn),
        // An official figure stands over an estimate of the same period (figure-precedence.ts).
        sql`coalesce(${updates.figureKind}, 'official') = 'estimate'`,
        desc(updates.reviewedAt),
      )
      .all();
    const seen = new Set<number>();
    for (const f of figures) {
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      if (f.value === null) continue;
      const status = targetVerdict(f, {
        value: f.value,
        kind: f.figureKind ?? 'official',
        yearShare: yearShareAt(f.endsOn, current.year),
      });
      if (status === 'behind_pace' || status === 'not_met') atRisk.push({ code: f.code, name: f.name, status });
    }
  }
  return {
    frequency,
    today,
    waiting: waiting?.n ?? 0,
    oldestSubmittedAt: waiting?.oldest ?? null,
    overdue,
    atRisk,
  };
}

function queueDigests(db: Db, now: Date, total: SchedulerCounts): void {
  const today = wardToday(now);
  const baseUrl = siteUrl();
  for (const chair of chairs(db)) {
    const frequency = chair.digestFrequency;
    const facts = digestFacts(db, now, frequency);
    const empty = facts.waiting === 0 && !facts.overdue?.organizations.length && facts.atRisk.length === 0;
    if (empty) continue;
    const counts = db.transaction(
      (tx) =>
        queueEvent(tx, [chair], {
          key: frequency === 'daily' ? `digest:daily:${today}` : `digest:weekly:${weekStart(today)}`,
          kind: 'digest',
          updateId: null,
          build: (to) => chairDigest(to, baseUrl, facts),
        }),
      { behavior: 'immediate' },
    );
    if (counts.notifications + counts.emails > 0) total.digests++;
    add(total, counts);
  }
}

/** One run of the scheduler at `now`: queues what is due and returns what it added. */
export function queueScheduled(db: Db, now: Date = new Date()): SchedulerCounts {
  const total: SchedulerCounts = { reminders: 0, digests: 0, notifications: 0, emails: 0 };
  if (wardHour(now) < firstHour) return total;
  queueDueReminders(db, now, total);
  queueDigests(db, now, total);
  return total;
}
