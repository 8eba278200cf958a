// The server-rendered chart stays drawable for any finite figure: no NaN or Infinity in the SVG.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HistoryChart } from './history-chart';

function render(targetValue: number, values: number[], unit = 'ha'): string {
  const points = values.map((value, i) => ({ x: (i + 1) / 4, value, periodCode: `2023-Q${i + 1}`, kind: null }));
  return renderToStaticMarkup(
    createElement(HistoryChart, {
      points,
      targetValue,
      targetLabel: 'Chỉ tiêu',
      estimateLabel: 'ước thực hiện',
      unit,
      title: 'Lịch sử',
      locale: 'vi',
    }),
  );
}

describe('history chart', () => {
  it.each([
    [621, [1e308]],
    [1e308, [1e308, Number.MAX_VALUE]],
    [Number.MAX_VALUE, [0, -1e308]],
    [0, [0]],
    [5e-324, [1e-300]],
  ])('draws target %s with figures %j without NaN or Infinity', (target, values) => {
    const svg = render(target, values);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg).toContain('<circle');
  });
});
