import Link from 'next/link';
import { getPublicSummaryOf } from '@/db/access/public-summary';
import { formatQuantity, formatTargetBound } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { publicText } from '@/lib/i18n/messages/public';
import { publicYearsText } from '@/lib/i18n/messages/public-years';
import { targetStatusLabel } from '@/lib/public/status-labels';
import { YearChainChart, type ChainPoint } from './year-chain-chart';
import { viLang } from './vi-text';

/**
 * A linked target across the years: each year's target and final approved result (from that year's
 * cached summary), plus the year before the first as the first resolution's own review judged it.
 */
export async function YearChain({ chain, locale }: { chain: { id: number; year: number }[]; locale: Locale }) {
  const t = publicYearsText[locale];
  const pt = publicText[locale];
  const rows = (
    await Promise.all(
      chain.map(async (link) => {
        const summary = await getPublicSummaryOf(link.year);
        const target = summary?.targets.find((x) => x.id === link.id);
        return summary && target ? { link, summary, target } : null;
      }),
    )
  ).filter((r) => r !== null);
  const first = rows[0];
  const review = first?.summary.review;
  const before =
    first && review?.year && (review.targetsMet !== null || first.target.notMetInReview)
      ? { year: review.year, met: !first.target.notMetInReview, by: first.summary.resolution.year }
      : null;
  if (rows.length < 2 && !before) return null;
  const points: ChainPoint[] = [
    ...(before ? [{ year: before.year, target: null, result: null, reviewMet: before.met }] : []),
    ...rows.map((r) => ({ year: r.link.year, target: r.target.targetValue, result: r.target.latest?.value ?? null })),
  ];
  return (
    <section aria-labelledby="chain-heading" className="space-y-3" data-testid="year-chain">
      <h2 id="chain-heading" className="text-xl font-semibold">
        {t.chainHeading}
      </h2>
      <YearChainChart
        points={points}
        title={t.chainChartTitle}
        labels={{ target: t.legendTarget, result: t.legendResult, met: pt.verdict_met, notMet: pt.verdict_not_met }}
        locale={locale}
      />
      <div className="overflow-x-auto">
        <table className="history" data-testid="chain-table">
          <thead>
            <tr>
              <th scope="col">{t.chainYear}</th>
              <th scope="col">{t.chainTarget}</th>
              <th scope="col" className="num">
                {t.chainResult}
              </th>
              <th scope="col">{t.chainStatus}</th>
            </tr>
          </thead>
          <tbody>
            {before ? (
              <tr>
                <th scope="row">{before.year}</th>
                <td>—</td>
                <td className="num">—</td>
                <td>{fill(before.met ? t.reviewMet : t.reviewNotMet, { year: before.by })}</td>
              </tr>
            ) : null}
            {rows.map((r) => (
              <tr key={r.link.id}>
                <th scope="row">
                  <Link href={localePath(locale, `/targets/${r.link.id}`)}>{r.link.year}</Link>
                </th>
                <td {...viLang(locale)}>
                  {formatTargetBound(r.target.targetValue, r.target.unit, r.target.direction, locale)}
                </td>
                <td className="num">
                  {r.target.latest ? formatQuantity(r.target.latest.value, r.target.unit, locale) : '—'}
                </td>
                <td>{targetStatusLabel(r.target.status, pt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
