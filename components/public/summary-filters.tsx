import Link from 'next/link';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import { hasFilters, type Filters } from '@/lib/public/filters';
import type { RawOrganization } from '@/lib/public/summary-model';
import { targetVerdicts as targetStatuses } from '@/lib/domain';
import { targetStatusLabel } from '@/lib/public/status-labels';
import { viLang } from './vi-text';
import { localePath } from '@/lib/i18n/locale-path';

/**
 * A plain GET form: it works without JavaScript and the choice stays in the URL
 * (/?category=2.1&org=UBND&status=behind_pace), so a filtered view can be bookmarked and reloaded.
 */
export function SummaryFilters(props: {
  filters: Filters;
  organizations: RawOrganization[];
  shown: number;
  total: number;
  locale: Locale;
  t: PublicText;
}) {
  const { filters, locale, t } = props;
  return (
    <form
      method="get"
      action={localePath(locale, '/')}
      className="filters box p-3"
      aria-labelledby="filters-heading"
      role="search"
    >
      <h2 id="filters-heading" className="font-semibold">
        {t.filtersHeading}
      </h2>
      <div className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-[1fr_1.5fr_2fr_auto] sm:items-end">
        <label>
          {t.filterCategory}
          <select name="category" defaultValue={filters.category ?? 'all'}>
            <option value="all">{t.filterAll}</option>
            <option value="2.1">{t.category21}</option>
            <option value="2.2">{t.category22}</option>
          </select>
        </label>
        <label>
          {t.filterStatus}
          <select name="status" defaultValue={filters.status ?? 'all'}>
            <option value="all">{t.filterAll}</option>
            {targetStatuses.map((s) => (
              <option key={s} value={s}>
                {targetStatusLabel(s, t)}
              </option>
            ))}
          </select>
        </label>
        <label className="col-span-2 sm:col-span-1">
          {t.filterOrg}
          <select name="org" defaultValue={filters.org ?? 'all'}>
            <option value="all">{t.filterAll}</option>
            {props.organizations.map((o) => (
              <option key={o.code} value={o.code} {...viLang(props.locale)}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="col-span-2 min-h-11 rounded sm:col-span-1 bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
          data-testid="filter-apply"
        >
          {t.filterApply}
        </button>
      </div>
      <p className="mt-2 text-sm" aria-live="polite" data-testid="filter-showing">
        {fill(t.filterShowing, { shown: props.shown, total: props.total })}
        {hasFilters(filters) ? (
          <>
            {' '}
            <Link href={localePath(locale, '/')} className="text-blue-900 underline" data-testid="filter-clear">
              {t.filterClear}
            </Link>
          </>
        ) : null}
      </p>
    </form>
  );
}
