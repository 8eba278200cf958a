// The reporting rhythm's small rules: cadence to periods, estimate and official precedence, task
// verdicts against their deadline.
import { describe, expect, it } from 'vitest';
import { buildPeriods } from './periods';
import { asksFor, cadencePeriods, effectiveCadence } from '@/lib/workflow/cadence';
import { standingBy, standsOver, type RankedFigure } from '@/lib/workflow/figure-precedence';
import { taskDeadline, taskVerdict } from '@/lib/workflow/task-verdict';

describe('cadence to periods', () => {
  const periods = buildPeriods(2023);
  const codes = (cadence: Parameters<typeof cadencePeriods>[1]) => cadencePeriods(periods, cadence).map((p) => p.code);

  it('asks monthly for the 12 months, quarterly for the 4 quarters', () => {
    expect(codes('monthly')).toEqual(Array.from({ length: 12 }, (_, i) => `2023-M${String(i + 1).padStart(2, '0')}`));
    expect(codes('quarterly')).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']);
  });

  it('asks six-monthly for the first six months and the year, yearly for the year only', () => {
    expect(codes('six_monthly')).toEqual(['2023-H1', '2023-Y']);
    expect(codes('yearly')).toEqual(['2023-Y']);
    expect(asksFor('six_monthly', 'quarter')).toBe(false);
  });

  it('defaults: targets six-monthly, tasks quarterly; an assignment’s own cadence wins', () => {
    expect(effectiveCadence(null, 'target')).toBe('six_monthly');
    expect(effectiveCadence(null, 'task')).toBe('quarterly');
    expect(effectiveCadence('monthly', 'target')).toBe('monthly');
    expect(effectiveCadence(null, 'task', { target: 'yearly', task: 'monthly' })).toBe('monthly');
  });

  it('dates the reviews on their cut-off days, settings first', () => {
    const [h1, y] = buildPeriods(2023, 5, { half: '06-20', year: '12-10' }).slice(-2);
    expect(h1).toMatchObject({ code: '2023-H1', startsOn: '2023-01-01', endsOn: '2023-06-30', dueOn: '2023-06-20' });
    expect(y).toMatchObject({ code: '2023-Y', endsOn: '2023-12-31', dueOn: '2023-12-10' });
    // A day that does not exist in the year falls back to the default.
    expect(buildPeriods(2023, 5, { half: '02-29', year: '12-14' }).at(-2)!.dueOn).toBe('2023-06-14');
  });
});

describe('estimate and official precedence', () => {
  const fig = (id: number, periodEndsOn: string, figureKind: RankedFigure['figureKind'], reviewedAt: number) => ({
    id,
    periodEndsOn,
    figureKind,
    reviewedAt,
    targetId: 1,
  });

  it('an official figure for a period stands over an estimate for it, even one approved later', () => {
    expect(standsOver(fig(2, '2023-06-30', 'official', 1), fig(1, '2023-06-30', 'estimate', 9))).toBe(true);
    expect(standsOver(fig(1, '2023-06-30', 'estimate', 9), fig(2, '2023-06-30', 'official', 1))).toBe(false);
  });

  it('an official figure supersedes estimates of earlier periods; a later estimate is newer news', () => {
    const rows = [
      fig(1, '2023-06-30', 'estimate', 1),
      fig(2, '2023-06-30', 'official', 2),
      fig(3, '2023-03-31', 'estimate', 5),
    ];
    expect(standingBy(rows, (r) => r.targetId).get(1)!.id).toBe(2);
    const later = [...rows, fig(4, '2023-12-31', 'estimate', 6)];
    expect(standingBy(later, (r) => r.targetId).get(1)!.id).toBe(4);
    expect(standingBy([...later, fig(5, '2023-12-31', 'official', 7)], (r) => r.targetId).get(1)!.id).toBe(5);
  });

  it('between two figures of the same kind and period, the later approval (a correction) stands', () => {
    expect(standsOver(fig(1, '2023-06-30', 'estimate', 5), fig(2, '2023-06-30', 'estimate', 4))).toBe(true);
    expect(standsOver(fig(1, '2023-06-30', 'official', 4), fig(2, '2023-06-30', 'official', 4))).toBe(false);
  });

  it('counts only periods ending by a report’s day', () => {
    const rows = [fig(1, '2023-06-30', 'estimate', 1), fig(2, '2023-12-31', 'official', 2)];
    expect(standingBy(rows, (r) => r.targetId, '2023-06-30').get(1)!.id).toBe(1);
  });
});

describe('task verdicts against the deadline', () => {
  it('done by the deadline is on time, after it late; open is in time until the deadline, then overdue', () => {
    expect(taskVerdict({ doneOn: '2023-12-31', deadline: '2023-12-31', today: '2024-02-01' })).toBe('done_on_time');
    expect(taskVerdict({ doneOn: '2024-01-01', deadline: '2023-12-31', today: '2024-02-01' })).toBe('done_late');
    expect(taskVerdict({ doneOn: null, deadline: '2023-09-30', today: '2023-09-30' })).toBe('open_in_time');
    expect(taskVerdict({ doneOn: null, deadline: '2023-09-30', today: '2023-10-01' })).toBe('open_overdue');
  });

  it('the deadline defaults to the year end', () => {
    expect(taskDeadline(null, 2023)).toBe('2023-12-31');
    expect(taskDeadline('2023-06-30', 2023)).toBe('2023-06-30');
  });
});
