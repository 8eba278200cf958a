import { describe, expect, it } from 'vitest';
import { compareFigures, type Figures } from './update-diff';

const figures = (f: Partial<Figures>): Figures => ({
  value: null,
  taskStatus: null,
  progress: null,
  note: null,
  narrative: null,
  ...f,
});

describe('compareFigures', () => {
  it('has nothing to compare without a previous approved update', () => {
    expect(compareFigures(null, figures({ value: 1 }))).toBeNull();
  });

  it('measures a target value going up, down or staying, without floating-point noise', () => {
    expect(compareFigures(figures({ value: 150.1 }), figures({ value: 320 }))).toMatchObject({
      valueDelta: 169.9,
      valueDirection: 'up',
    });
    expect(compareFigures(figures({ value: 1.45 }), figures({ value: 1.25 }))).toMatchObject({
      valueDelta: -0.2,
      valueDirection: 'down',
    });
    expect(compareFigures(figures({ value: 80 }), figures({ value: 80 }))).toMatchObject({
      valueDelta: 0,
      valueDirection: 'same',
      textChanged: false,
    });
    expect(compareFigures(figures({ value: null }), figures({ value: 80 }))).toMatchObject({
      valueDelta: null,
      valueDirection: null,
    });
  });

  it('flags a task status change, progress change and a new narrative', () => {
    const change = compareFigures(
      figures({ taskStatus: 'on_track', progress: 40, narrative: 'Chuẩn bị' }),
      figures({ taskStatus: 'done', progress: 100, narrative: 'Đã tổ chức Đại hội' }),
    );
    expect(change).toEqual({
      valueDelta: null,
      valueDirection: null,
      progressDelta: 60,
      progressDirection: 'up',
      statusChanged: true,
      textChanged: true,
    });
  });
});
