// Filters of the public summary. They live in the URL as a plain GET form sends them
// (/?category=2.1&org=UBND&status=behind_pace); proxy.ts turns them into one path segment
// (/vi/filter/2.1_UBND_behind_pace) so every filtered view is a cached page like / itself.
import { organizationCodes, targetVerdicts as targetStatuses, type TargetVerdict as TargetStatus } from '@/lib/domain';
import { groupProgress, type SummaryTarget, type SummaryTaskGroup } from './summary-model';

export type Filters = { category: '2.1' | '2.2' | null; org: string | null; status: TargetStatus | null };
export const noFilters: Filters = { category: null, org: null, status: null };

const knownOrganization = (code: string): boolean => (organizationCodes as readonly string[]).includes(code);

function pick(value: string | null | undefined): string | null {
  return value && value !== 'all' ? value : null;
}

/**
 * Reads the GET form's fields; an unknown value is ignored, never an error. Only the values the
 * form offers count: an organization the ward does not have is dropped like any other, so a
 * made-up `org=` is redirected by proxy.ts to the page without it (hasUnknownFilterValue)
 * instead of rendering and caching one more copy of the summary per invented code.
 */
export function filtersFromSearch(params: { get(name: string): string | null }): Filters {
  const category = pick(params.get('category'));
  const org = pick(params.get('org'));
  const status = pick(params.get('status'));
  return {
    category: category === '2.1' || category === '2.2' ? category : null,
    org: org && knownOrganization(org) ? org : null,
    status: status && (targetStatuses as readonly string[]).includes(status) ? (status as TargetStatus) : null,
  };
}

/** A filter field sent with a value the form never offers ('all' and empty are the form's "any"). */
export function hasUnknownFilterValue(params: { get(name: string): string | null }, kept: Filters): boolean {
  return (['category', 'org', 'status'] as const).some((name) => {
    const sent = params.get(name);
    return sent !== null && sent !== '' && sent !== 'all' && sent !== kept[name];
  });
}

export function hasFilters(f: Filters): boolean {
  return f.category !== null || f.org !== null || f.status !== null;
}

/** "2.1_UBND_behind_pace", "all_all_met". */
export function filterKey(f: Filters): string {
  return [f.category ?? 'all', f.org ?? 'all', f.status ?? 'all'].join('_');
}

/** The inverse of filterKey; null for a segment that filterKey never produces. */
export function parseFilterKey(key: string): Filters | null {
  const match = /^(all|2\.1|2\.2)_(all|[A-Z]{1,12})_(all|[a-z_]+)$/.exec(decodeURIComponent(key));
  if (!match) return null;
  const f = filtersFromSearch(new URLSearchParams({ category: match[1]!, org: match[2]!, status: match[3]! }));
  return filterKey(f) === decodeURIComponent(key) && hasFilters(f) ? f : null;
}

/** The query string of a filtered view, for links ("?status=met"). */
export function filterQuery(f: Filters): string {
  const q = new URLSearchParams();
  if (f.category) q.set('category', f.category);
  if (f.org) q.set('org', f.org);
  if (f.status) q.set('status', f.status);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function filterTargets(targets: SummaryTarget[], f: Filters): SummaryTarget[] {
  return targets.filter(
    (t) =>
      (!f.category || t.category === f.category) &&
      (!f.status || t.status === f.status) &&
      (!f.org || t.organizations.some((o) => o.code === f.org)),
  );
}

/** The organization filter also narrows the tasks; groups left without a task are dropped. */
export function filterTaskGroups(groups: SummaryTaskGroup[], f: Filters): SummaryTaskGroup[] {
  if (!f.org) return groups;
  return groups
    .map((g) => {
      const tasks = g.tasks.filter((t) => t.organizations.some((o) => o.code === f.org));
      return { ...g, tasks, ...groupProgress(tasks) };
    })
    .filter((g) => g.tasks.length > 0);
}
