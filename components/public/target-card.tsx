import Link from 'next/link';
import { formatDate, formatQuantity, formatTargetBound } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import { formatPeriod } from '@/lib/period-label';
import { targetStatusLabel } from '@/lib/public/status-labels';
import type { SummaryTarget } from '@/lib/public/summary-model';
import { OrgList } from './org-list';
import { StatusBadge } from './status-badge';
import { TargetBar } from './target-bar';
import { inline, viLang } from './vi-text';

/** "≥ 89,61 % — đạt ít nhất" (inside a `.facts` dd: the bound bold, the direction grey). */
export function TargetBound({ target, locale, t }: { target: SummaryTarget; locale: Locale; t: PublicText }) {
  const words = [target.extra ? `(${target.extra})` : null, target.qualifier].filter(Boolean).join(' ');
  return inline(
    <b key="bound">{formatTargetBound(target.targetValue, target.unit, target.direction, locale)}</b>,
    words && locale === 'vi' ? ` ${words}` : null,
    words && locale !== 'vi' ? ' ' : null,
    words && locale !== 'vi' ? <span key="words" lang="vi">{words}</span> : null,
    <span key="direction">{` — ${target.direction === 'max' ? t.directionMax : t.directionMin}`}</span>,
  );
}

/** "640,5 ha · Quý IV/2023, duyệt ngày 20/12/2023" (the value bold, the approval grey). */
function TargetLatest({ target, locale, t }: { target: SummaryTarget; locale: Locale; t: PublicText }) {
  if (!target.latest) return <span>{t.noFigure}</span>;
  return inline(
    <b key="value">{formatQuantity(target.latest.value, target.unit, locale)}</b>,
    ` · ${formatPeriod(target.latest.period, locale)}`,
    <span key="approved">{`, ${fill(t.approvedOn, { date: formatDate(target.latest.approvedAt, locale) })}`}</span>,
  );
}

export function TargetCard(props: { target: SummaryTarget; locale: Locale; t: PublicText; reviewYear: number | null }) {
  const { target, locale, t } = props;
  const headingId = `target-${target.code}`;
  return (
    <article aria-labelledby={headingId} className="tcard" data-testid="target-row" data-code={target.code}>
      <div>
        <h4 id={headingId}>
          <span>{target.code}</span>{' '}
          <Link href={`/targets/${target.id}`} {...viLang(locale)}>
            {target.name}
          </Link>
        </h4>
        <StatusBadge status={target.status} label={targetStatusLabel(target.status, t)} />
      </div>
      <dl className="facts">
        <dt>{t.targetLabel}</dt>
        <dd data-testid="target-bound">
          <TargetBound target={target} locale={locale} t={t} />
        </dd>
        <dt>{t.resultLabel}</dt>
        <dd data-testid="target-latest">
          <TargetLatest target={target} locale={locale} t={t} />
        </dd>
      </dl>
      <TargetBar value={target.latest?.value ?? null} targetValue={target.targetValue} unit={target.unit} status={target.status} />
      <OrgList organizations={target.organizations} locale={locale} t={t} />
      {target.notMetInReview && props.reviewYear ? <p>{fill(t.notMetInReview, { year: props.reviewYear })}</p> : null}
    </article>
  );
}
