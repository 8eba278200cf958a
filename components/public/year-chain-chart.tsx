import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';

export type ChainPoint = {
  year: number;
  /** The year's target (null for the year before the first, known only from the review). */
  target: number | null;
  /** The year's final approved figure, or null. */
  result: number | null;
  /** For the year before the first: the review's verdict. */
  reviewMet?: boolean;
};

const W = 380;
const H = 230;
const M = { left: 46, right: 12, top: 20, bottom: 44 };

/**
 * Server-rendered SVG (no client JavaScript): one column per year, the target as a dashed mark and
 * the year-end result as a dot joined year to year; the year before the first shows the review's
 * verdict (Đạt / Không đạt) in words. The table beside it holds the same figures.
 */
export function YearChainChart({
  points,
  title,
  labels,
  locale,
}: {
  points: ChainPoint[];
  title: string;
  labels: { target: string; result: string; met: string; notMet: string };
  locale: Locale;
}) {
  const values = points.flatMap((p) => [p.target, p.result]).filter((v): v is number => v !== null);
  const top = Math.max(...values, 0);
  const bottom = Math.min(...values, top);
  const pad = (top - bottom) * 0.15 || Math.abs(top) * 0.1 || 1;
  const max = top + pad;
  const min = Math.max(0, bottom - pad);
  const step = (W - M.left - M.right) / Math.max(points.length, 1);
  const x = (i: number) => M.left + step * (i + 0.5);
  const y = (v: number) => M.top + (1 - (v - min) / (max - min || 1)) * (H - M.top - M.bottom);
  const results = points.flatMap((p, i) => (p.result === null ? [] : [`${x(i).toFixed(1)},${y(p.result).toFixed(1)}`]));
  return (
    <figure className="max-w-xl rounded-lg border border-stone-300 bg-white p-2">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="chain-title"
        className="h-auto w-full"
        data-testid="year-chain-chart"
      >
        <title id="chain-title">{title}</title>
        {[0, 0.5, 1].map((f) => {
          const v = min + f * (max - min);
          return (
            <g key={f}>
              <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#e7e5e4" />
              <text x={M.left - 5} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#44403c">
                {formatNumber(Math.round(v * 100) / 100, locale)}
              </text>
            </g>
          );
        })}
        {results.length > 1 ? (
          <polyline points={results.join(' ')} fill="none" stroke="#1e3a8a" strokeWidth="2.5" />
        ) : null}
        {points.map((p, i) => (
          <g key={p.year} data-testid="chain-year">
            <text x={x(i)} y={H - M.bottom + 16} textAnchor="middle" fontSize="12" fill="#1c1917">
              {p.year}
            </text>
            {p.target !== null ? (
              <line
                x1={x(i) - step * 0.3}
                x2={x(i) + step * 0.3}
                y1={y(p.target)}
                y2={y(p.target)}
                stroke="#7f1d1d"
                strokeWidth="2"
                strokeDasharray="6 4"
                data-testid="chain-target"
              />
            ) : null}
            {p.result !== null ? (
              <g data-testid="chain-result">
                <circle cx={x(i)} cy={y(p.result)} r="5" fill="#1e3a8a" />
                <text x={x(i)} y={y(p.result) - 9} textAnchor="middle" fontSize="11" fill="#1c1917">
                  {formatNumber(p.result, locale)}
                </text>
              </g>
            ) : null}
            {p.reviewMet !== undefined ? (
              <text
                x={x(i)}
                y={H - M.bottom + 32}
                textAnchor="middle"
                fontSize="11"
                fontWeight="600"
                fill={p.reviewMet ? '#166534' : '#7f1d1d'}
              >
                {p.reviewMet ? labels.met : labels.notMet}
              </text>
            ) : null}
          </g>
        ))}
        <g fontSize="11" fill="#44403c">
          <line x1={M.left} x2={M.left + 18} y1={8} y2={8} stroke="#7f1d1d" strokeWidth="2" strokeDasharray="6 4" />
          <text x={M.left + 22} y={12}>
            {labels.target}
          </text>
          <circle cx={M.left + 90} cy={8} r="4" fill="#1e3a8a" />
          <text x={M.left + 98} y={12}>
            {labels.result}
          </text>
        </g>
      </svg>
    </figure>
  );
}
