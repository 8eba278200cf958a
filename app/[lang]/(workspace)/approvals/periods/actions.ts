'use server';

import { refresh } from 'next/cache';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { closePeriod, reopenPeriod } from '@/db/access/period-closing';
import { formatDateTime } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import { closingMessages } from '@/lib/i18n/messages/closing';
import { formatPeriod } from '@/lib/period-label';
import { closeSchema, reopenSchema } from './schema';

export const closePeriodAction = authedAction(['chair'], closeSchema, (input, { user, locale }) => {
  const t = closingMessages[locale];
  const period = formatPeriod(input.code, locale);
  const result = closePeriod(user, input.periodId);
  if (!result.ok) {
    if (result.code === 'waiting') {
      const list = result.waiting.map((w) => `${w.organizationName} – ${w.subjectCode}`).join('; ');
      return failure(fill(t.waiting, { n: result.waiting.length, list }));
    }
    return failure(t.notFound);
  }
  refresh();
  return success(fill(result.changed ? t.closed : t.alreadyClosed, { period }));
});

export const reopenPeriodAction = authedAction(['chair'], reopenSchema, (input, { user, locale }) => {
  const t = closingMessages[locale];
  const result = reopenPeriod(user, input);
  if (!result.ok) {
    switch (result.code) {
      case 'reason_required':
        return failure(t.reasonRequired, { reason: t.reasonRequired });
      case 'invalid_days':
        return failure(t.daysInvalid, { days: t.daysInvalid });
      case 'not_closed':
        return failure(t.notClosed);
      default:
        return failure(t.notFound);
    }
  }
  refresh();
  return success(
    fill(t.reopened, {
      period: formatPeriod(input.code, locale),
      org: result.organizationName,
      until: formatDateTime(result.until, locale),
    }),
  );
});
