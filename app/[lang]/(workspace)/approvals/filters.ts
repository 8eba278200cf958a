import type { QueueFilters } from '@/db/access/approval-queue';

// The queue's filters live in the URL (?org=3&subject=target:12&period=14&page=2), so a filtered
// view can be bookmarked and survives the refresh after a decision.

type Query = Record<string, string | string[] | undefined>;

const positive = (value: string | string[] | undefined): number | null => {
  if (typeof value !== 'string' || !/^\d{1,12}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
};

export function parseQueueQuery(query: Query): { filters: QueueFilters; page: number } {
  const subject = typeof query.subject === 'string' ? /^(target|task):(\d{1,12})$/.exec(query.subject) : null;
  const kindParam = query.kind === 'target' || query.kind === 'task' ? query.kind : null;
  const kind = subject ? (subject[1] as 'target' | 'task') : kindParam;
  return {
    filters: {
      organizationId: positive(query.org),
      kind,
      subjectId: subject ? Number(subject[2]) : null,
      periodId: positive(query.period),
    },
    page: positive(query.page) ?? 1,
  };
}

export function queueHref(filters: QueueFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.organizationId !== null) params.set('org', String(filters.organizationId));
  if (filters.kind !== null && filters.subjectId !== null)
    params.set('subject', `${filters.kind}:${filters.subjectId}`);
  else if (filters.kind !== null) params.set('kind', filters.kind);
  if (filters.periodId !== null) params.set('period', String(filters.periodId));
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/approvals?${query}` : '/approvals';
}
