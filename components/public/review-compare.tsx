import { formatDate } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import type { PublicSummary } from '@/lib/public/summary-model';

/** The 2022 baseline the resolution itself gives, beside where 2023 stands now. */
export function ReviewCompare({ summary, locale, t }: { summary: PublicSummary; locale: Locale; t: PublicText }) {
  const r = summary.review;
  if (!r.year) return null;
  const notMet = r.targetsTotal !== null && r.targetsMet !== null ? r.targetsTotal - r.targetsMet : null;
  return (
    <section aria-labelledby="review-heading" className="space-y-3" data-testid="review">
      <h2 id="review-heading" className="text-lg font-semibold">
        {fill(t.reviewHeading, { year: r.year })}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="rounded-lg border border-stone-300 bg-white p-3" data-testid="review-previous">
          <p>
            {fill(t.reviewCompare, {
              year: r.year,
              number: r.resolutionNumber ?? '',
              date: r.resolutionDate ? formatDate(r.resolutionDate, locale) : '',
              met: r.targetsMet ?? '—',
              total: r.targetsTotal ?? '—',
              notMet: notMet ?? '—',
            })}
          </p>
          {r.targetsNotMet ? (
            <p className="mt-1">
              {t.reviewNotMetTarget}: <span lang="vi" className="font-medium">{r.targetsNotMet}</span>.
            </p>
          ) : null}
        </div>
        <div className="rounded-lg border border-stone-300 bg-white p-3" data-testid="review-current">
          <p>{fill(t.currentCompare, { year: summary.resolution.year, met: summary.counts.met, total: summary.targets.length })}</p>
        </div>
      </div>
      <ReviewList title={fill(t.reviewAchievements, { year: r.year })} items={r.achievements} testId="review-achievements" />
      <ReviewList title={fill(t.reviewShortcomings, { year: r.year })} items={r.shortcomings} testId="review-shortcomings" />
    </section>
  );
}

function ReviewList({ title, items, testId }: { title: string; items: string[]; testId: string }) {
  if (!items.length) return null;
  return (
    <details className="rounded-lg border border-stone-300 bg-white" data-testid={testId}>
      <summary className="cursor-pointer px-3 py-3 font-medium">{title}</summary>
      <ul className="list-disc space-y-1 px-3 pb-3 pl-8" lang="vi">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
