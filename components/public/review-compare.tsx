import { formatDate } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import type { PublicSummary } from '@/lib/public/summary-model';
import { viLang } from './vi-text';

/** The 2022 baseline the resolution itself gives, beside where 2023 stands now. */
export function ReviewCompare({ summary, locale, t }: { summary: PublicSummary; locale: Locale; t: PublicText }) {
  const r = summary.review;
  if (!r.year) return null;
  const notMet = r.targetsTotal !== null && r.targetsMet !== null ? r.targetsTotal - r.targetsMet : null;
  return (
    <section aria-labelledby="review-heading" className="space-y-3">
      <h2 id="review-heading" className="text-lg font-semibold">
        {fill(t.reviewHeading, { year: r.year })}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="box p-3" data-testid="review-previous">
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
              {t.reviewNotMetTarget}:{' '}
              <span {...viLang(locale)} className="font-medium">
                {r.targetsNotMet}
              </span>
              .
            </p>
          ) : null}
        </div>
        <div className="box p-3">
          <p>
            {fill(t.currentCompare, {
              year: summary.resolution.year,
              met: summary.counts.met,
              total: summary.targets.length,
            })}
          </p>
        </div>
      </div>
      <ReviewList title={fill(t.reviewAchievements, { year: r.year })} items={r.achievements} locale={locale} />
      <ReviewList title={fill(t.reviewShortcomings, { year: r.year })} items={r.shortcomings} locale={locale} />
    </section>
  );
}

function ReviewList({ title, items, locale }: { title: string; items: string[]; locale: Locale }) {
  if (!items.length) return null;
  return (
    <details className="rlist box">
      <summary>{title}</summary>
      <ul {...viLang(locale)}>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
