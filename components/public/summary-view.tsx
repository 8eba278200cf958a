import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { publicText } from '@/lib/i18n/messages/public';
import { filterTargets, filterTaskGroups, type Filters } from '@/lib/public/filters';
import type { PublicSummary } from '@/lib/public/summary-model';
import type { PublicYear } from '@/db/access/public-summary';
import { publicYearsText } from '@/lib/i18n/messages/public-years';
import { Downloads } from './downloads';
import { YearSwitcher } from './year-switcher';
import { ResolutionFacts, SummaryHeading } from './resolution-facts';
import { ReviewCompare } from './review-compare';
import { StatusCounts } from './status-counts';
import { SummaryFilters } from './summary-filters';
import { TargetCard } from './target-card';
import { TaskGroups } from './task-groups';

/** The public summary, whole or filtered: what `/` and every `/?…` filter show. */
export function SummaryView({
  summary,
  filters,
  locale,
  years = [],
  archived = false,
}: {
  summary: PublicSummary;
  filters: Filters;
  locale: Locale;
  /** Every year held, for the year switcher. */
  years?: PublicYear[];
  /** An earlier year's page (/nam/2023): read-only, no filters (they filter the current year), files of that year. */
  archived?: boolean;
}) {
  const t = publicText[locale];
  const targets = filterTargets(summary.targets, filters);
  const groups = filterTaskGroups(summary.taskGroups, filters);
  const categories = [
    { code: '2.1' as const, title: t.category21 },
    { code: '2.2' as const, title: t.category22 },
  ];
  return (
    <div className="space-y-6">
      <YearSwitcher years={years} shown={summary.resolution.year} locale={locale} />
      <SummaryHeading summary={summary} locale={locale} t={t} />
      {archived ? (
        <p className="box p-3" data-testid="archived-notice">
          {fill(publicYearsText[locale].archivedNotice, { year: summary.resolution.year })}
        </p>
      ) : null}
      <StatusCounts
        counts={summary.counts}
        total={summary.targets.length}
        year={summary.resolution.year}
        locale={locale}
        t={t}
      />
      <ResolutionFacts summary={summary} locale={locale} t={t} />
      <ReviewCompare summary={summary} locale={locale} t={t} />
      <section aria-labelledby="targets-heading" className="space-y-3">
        <h2 id="targets-heading" className="text-xl font-semibold">
          {t.targetsHeading}
        </h2>
        {archived ? null : (
          <SummaryFilters
            filters={filters}
            organizations={summary.organizations}
            shown={targets.length}
            total={summary.targets.length}
            locale={locale}
            t={t}
          />
        )}
        {targets.length === 0 ? <p data-testid="filter-none">{t.filterNone}</p> : null}
        {categories.map((category) => {
          const inCategory = targets.filter((x) => x.category === category.code);
          if (!inCategory.length) return null;
          return (
            <section key={category.code} aria-labelledby={`category-${category.code}`} className="space-y-2">
              <h3 id={`category-${category.code}`} className="text-lg font-semibold">
                {category.title}
              </h3>
              <ul className="grid gap-2 lg:grid-cols-2">
                {inCategory.map((target) => (
                  <li key={target.code}>
                    <TargetCard target={target} locale={locale} t={t} reviewYear={summary.review.year} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>
      <section aria-labelledby="tasks-heading" className="space-y-2">
        <h2 id="tasks-heading" className="text-xl font-semibold">
          {t.tasksHeading}
        </h2>
        <p className="text-sm text-stone-700">
          {fill(t.tasksLead, { groups: groups.length, tasks: groups.reduce((n, g) => n + g.tasks.length, 0) })}
        </p>
        <TaskGroups groups={groups} locale={locale} t={t} />
      </section>
      <Downloads
        year={summary.resolution.year}
        yearClosed={summary.yearClosed || archived}
        t={t}
        query={archived ? `?year=${summary.resolution.year}` : ''}
      />
    </div>
  );
}
