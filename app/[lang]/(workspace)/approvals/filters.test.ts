import { describe, expect, it } from 'vitest';
import { parseQueueQuery, queueHref } from './filters';

describe('queue filters in the URL', () => {
  it('reads and writes the same filters', () => {
    const parsed = parseQueueQuery({ org: '3', subject: 'target:12', period: '14', page: '2' });
    expect(parsed).toEqual({ filters: { organizationId: 3, kind: 'target', subjectId: 12, periodId: 14 }, page: 2 });
    expect(queueHref(parsed.filters, parsed.page)).toBe('/approvals?org=3&subject=target%3A12&period=14&page=2');
  });

  it('ignores anything malformed', () => {
    expect(parseQueueQuery({ org: '-1', subject: 'target:x', kind: 'evil', period: ['1', '2'], page: '0' })).toEqual({
      filters: { organizationId: null, kind: null, subjectId: null, periodId: null },
      page: 1,
    });
    expect(queueHref({ organizationId: null, kind: 'task', subjectId: null, periodId: null })).toBe(
      '/approvals?kind=task',
    );
  });
});
