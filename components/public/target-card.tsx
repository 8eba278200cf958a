import Link from 'next/link';
import { formatDate, formatQuantity, formatTargetBound } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import { formatPeriod } from '@/lib/period-label';
import type { SummaryTarget } from '@/lib/public/summary-model';
import { OrgList } from './org-list';
import { StatusBadge } from './status-badge';
import { targetStatusLabel } from '@/lib/public/status-labels';
import { TargetBar } from './target-bar';

export function TargetBound({ target, locale, t }: { target: SummaryTarget; locale: Locale; t: PublicText }) {
  return (
    <>
      <span className="font-semibold whitespace-nowrap">{formatTargetBound(target.targetValue, target.unit, target.direction, locale)}</span>
      {target.extra ? <span lang="vi"> ({target.extra})</span> : null}
      {target.qualifier ? <span lang="vi"> {target.qualifier}</span> : null}
      <span className="text-stone-700"> — {target.direction === 'max' ? t.directionMax : t.directionMin}</span>
    </>
  );
}

export function TargetCard(props: { target: SummaryTarget; locale: Locale; t: PublicText; reviewYear: number | null }) {
  const { target, locale, t } = props;
  const headingId = `target-${target.code}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-stone-300 bg-white p-3 sm:p-4" data-testid="target-row" data-code={target.code}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h4 id={headingId} className="font-semibold leading-snug">
          <span className="text-sm font-normal text-stone-600">{target.code}</span>{' '}
          <Link href={`/targets/${target.id}`} className="text-blue-900 underline-offset-2 hover:underline" lang="vi">
            {target.name}
          </Link>
        </h4>
        <StatusBadge status={target.status} label={targetStatusLabel(target.status, t)} />
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-[0.95rem]">
        <dt className="text-stone-700">{t.targetLabel}</dt>
        <dd data-testid="target-bound">
          <TargetBound target={target} locale={locale} t={t} />
        </dd>
        <dt className="text-stone-700">{t.resultLabel}</dt>
        <dd data-testid="target-latest">
          {target.latest ? (
            <>
              <span className="font-semibold">{formatQuantity(target.latest.value, target.unit, locale)}</span>
              {' · '}
              {formatPeriod(target.latest.period, locale)}
              <span className="text-stone-700">, {fill(t.approvedOn, { date: formatDate(target.latest.approvedAt, locale) })}</span>
            </>
          ) : (
            <span className="text-stone-700">{t.noFigure}</span>
          )}
        </dd>
      </dl>
      <TargetBar value={target.latest?.value ?? null} targetValue={target.targetValue} unit={target.unit} status={target.status} />
      <OrgList organizations={target.organizations} t={t} />
      {target.notMetInReview && props.reviewYear ? (
        <p className="mt-1 text-sm text-stone-800">{fill(t.notMetInReview, { year: props.reviewYear })}</p>
      ) : null}
    </article>
  );
}
