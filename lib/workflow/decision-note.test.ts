import { describe, expect, it } from 'vitest';
import { decodeDecision, encodeDecision } from './decision-note';

describe('the chair’s decision note', () => {
  it('round-trips what was decided', () => {
    expect(decodeDecision(encodeDecision({ decision: 'approved', ids: [12, 7, 30] }))).toEqual({
      decision: 'approved',
      ids: [12, 7, 30],
    });
    expect(decodeDecision('returned:4')).toEqual({ decision: 'returned', ids: [4] });
  });

  it('reads anything else as no note', () => {
    for (const value of [undefined, '', 'approved:', 'deleted:1', 'approved:1,2', 'approved:x', 'approved:1.2;DROP'])
      expect(decodeDecision(value)).toBeNull();
  });

  it('keeps at most a hundred updates', () => {
    const ids = Array.from({ length: 150 }, (_, i) => i + 1);
    expect(decodeDecision(encodeDecision({ decision: 'approved', ids }))?.ids).toHaveLength(100);
  });
});
