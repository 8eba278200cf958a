import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import type { ChartPoint } from '@/lib/public/history';
import { chartAxis, shareOn } from '@/lib/public/scale';

// Sized for a phone (the SVG scales to the width): at 360 px wide, 12-unit text stays readable.
const W = 380;
const H = 250;
const M = { left: 46, right: 10, top: 22, bottom: 30 };
const quarterLabels = { vi: ['Quý I', 'Quý II', 'Quý III', 'Quý IV'], en: ['Q1', 'Q2', 'Q3', 'Q4'] };

/**
 * Server-rendered SVG (no chart library, no client JavaScript): the year on the x axis, the
 * approved figures as a line, the target as a dashed line. The table under it holds the same
 * figures for screen readers and for reading exact values.
 */
export function HistoryChart(props: {
  points: ChartPoint[];
  /** Null for a target without a figure (qualitative): no target line. */
  targetValue: number | null;
  targetLabel: string;
  /** "ước thực hiện": written beside an estimate's point, which is drawn hollow. */
  estimateLabel: string;
  unit: string;
  title: string;
  locale: Locale;
}) {
  const { points, locale } = props;
  // Fitted to the figures and the target, so a change of 92,5 → 93,1 is visible.
  const axis = chartAxis(
    props.targetValue,
    points.map((p) => p.value),
  );
  const x = (share: number) => M.left + share * (W - M.left - M.right);
  // shareOn clamps to the axis and turns any overflow into its end.
  const y = (v: number) => M.top + (1 - shareOn(v, axis)) * (H - M.top - M.bottom);
  const ticks = axis.ticks;
  const targetY = props.targetValue === null ? null : y(props.targetValue);
  // A label near either edge is anchored inwards so it is never cut off.
  const anchorAt = (px: number) => (px > W - M.right - 24 ? 'end' : px < M.left + 24 ? 'start' : 'middle');
  const line = points.map((p) => `${x(p.x).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <figure className="max-w-xl rounded-lg border border-stone-300 bg-white p-2">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="chart-title"
        className="h-auto w-full"
        data-testid="history-chart"
      >
        <title id="chart-title">{props.title}</title>
        <text x={4} y={12} fontSize="12" fill="#44403c">
          {props.unit}
        </text>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#d6d3d1" />
            <text x={M.left - 5} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#44403c">
              {formatNumber(v, locale)}
            </text>
          </g>
        ))}
        {quarterLabels[locale].map((label, q) => (
          <g key={label}>
            <line x1={x((q + 1) / 4)} x2={x((q + 1) / 4)} y1={M.top} y2={H - M.bottom} stroke="#e7e5e4" />
            <text x={x(q / 4 + 0.125)} y={H - M.bottom + 18} textAnchor="middle" fontSize="11" fill="#44403c">
              {label}
            </text>
          </g>
        ))}
        {targetY === null ? null : (
          <>
            <line
              x1={M.left}
              x2={W - M.right}
              y1={targetY}
              y2={targetY}
              stroke="#7f1d1d"
              strokeWidth="2"
              strokeDasharray="8 5"
              data-testid="chart-target-line"
            />
            {/* At the left, where the year's first figures seldom are: the last figure's label sits at the right. */}
            <text
              x={M.left + 4}
              y={targetY > M.top + 16 ? targetY - 6 : targetY + 15}
              textAnchor="start"
              fontSize="12"
              fontWeight="600"
              fill="#7f1d1d"
            >
              {props.targetLabel}
            </text>
          </>
        )}
        {points.length > 1 ? <polyline points={line} fill="none" stroke="#1e3a8a" strokeWidth="2.5" /> : null}
        {points.map((p) => (
          <g key={p.periodCode} data-testid="chart-point" data-kind={p.kind ?? undefined}>
            <circle
              cx={x(p.x)}
              cy={y(p.value)}
              r="5"
              fill={p.kind === 'estimate' ? '#ffffff' : '#1e3a8a'}
              stroke="#1e3a8a"
              strokeWidth="2"
            />
            <text
              x={x(p.x)}
              y={y(p.value) > M.top + 14 ? y(p.value) - 10 : y(p.value) + 20}
              textAnchor={anchorAt(x(p.x))}
              fontSize="12"
              fill="#1c1917"
            >
              {formatNumber(p.value, locale)}
              {p.kind === 'estimate' ? ` (${props.estimateLabel})` : ''}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
