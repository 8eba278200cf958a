import { describe, expect, it } from 'vitest';
import { figuresAtReturn, type TrailEntry } from './returned-figures';

const now = { value: 93.1, taskStatus: null, progress: null, note: 'Đã rà soát lại', narrative: null };

describe('figuresAtReturn', () => {
  it('undoes the edits made since the last return, latest first', () => {
    const trail: TrailEntry[] = [
      { action: 'update.create', changes: { value: { before: null, after: 90 } } },
      { action: 'update.submit', changes: { value: { before: 90, after: 92.5 } } },
      { action: 'update.return', changes: null },
      { action: 'update.save', changes: { value: { before: 92.5, after: 93 }, note: { before: null, after: 'x' } } },
      {
        action: 'update.submit',
        changes: { value: { before: 93, after: 93.1 }, note: { before: 'x', after: 'Đã rà soát lại' } },
      },
    ];
    expect(figuresAtReturn(now, trail)).toEqual({ ...now, value: 92.5, note: null });
  });

  it('starts from the last of several returns', () => {
    const trail: TrailEntry[] = [
      { action: 'update.return', changes: null },
      { action: 'update.submit', changes: { value: { before: 91, after: 92.5 } } },
      { action: 'update.return', changes: null },
      { action: 'update.submit', changes: { value: { before: 92.5, after: 93.1 } } },
    ];
    expect(figuresAtReturn(now, trail)?.value).toBe(92.5);
  });

  it('is the update as it is when it was resubmitted unchanged', () => {
    const trail: TrailEntry[] = [
      { action: 'update.return', changes: null },
      { action: 'update.submit', changes: {} },
    ];
    expect(figuresAtReturn(now, trail)).toEqual(now);
  });

  it('is null for an update never returned', () => {
    expect(figuresAtReturn(now, [{ action: 'update.submit', changes: {} }])).toBeNull();
  });
});
