import { describe, expect, it } from 'vitest';
import { chartPoints, historyEntries } from './history';

const row = (id: number, periodCode: string, periodEndsOn: string, reviewedAt: number, value: number | null) => ({
  id,
  periodCode,
  periodEndsOn,
  reviewedAt,
  value,
});

describe('history of approved figures', () => {
  const rows = [
    row(3, '2023-Q2', '2023-06-30', 300, 60),
    row(1, '2023-Q1', '2023-03-31', 100, 20),
    row(4, '2023-M06', '2023-06-30', 250, 55),
    row(2, '2023-Q1', '2023-03-31', 200, 25), // a correction of Q1
  ];

  it('lists every approval by period, marking those a later approval replaced', () => {
    const entries = historyEntries(rows);
    expect(entries.map((e) => [e.id, e.superseded])).toEqual([
      [1, true],
      [2, false],
      [4, false],
      [3, false],
    ]);
  });

  it('draws one point per period end from the standing figures, the latest approval winning', () => {
    const points = chartPoints(historyEntries(rows), 2023, (r) => r.value);
    expect(points.map((p) => [p.periodCode, p.value])).toEqual([
      ['2023-Q1', 25],
      ['2023-Q2', 60],
    ]);
    expect(points[0]!.x).toBeCloseTo(90 / 365, 10);
  });

  it('skips approvals without a figure', () => {
    expect(chartPoints(historyEntries([row(1, '2023-Q1', '2023-03-31', 1, null)]), 2023, (r) => r.value)).toEqual([]);
  });
});
