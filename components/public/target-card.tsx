import Link from 'next/link';
import { formatDate, formatQuantity } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import { formatPeriod } from '@/lib/period-label';
import { targetStatusLabel } from '@/lib/public/status-labels';
import type { SummaryTarget } from '@/lib/public/summary-model';
import { OrgList } from './org-list';
import { TargetBar } from './target-bar';
import { inline, viLang } from './vi-text';
import { localePath } from '@/lib/i18n/locale-path';

/*
 * Inside a `.facts` dd the bare text is grey; the figure (b) and what belongs to it (span) are in
 * the text colour. Short keys: each is written into the page's RSC payload.
 */

/** "đạt ít nhất 4 % (5 người/năm)": the direction in words once (not "≥ 4 % — đạt ít nhất"). */
export function TargetBound({ target, locale, t }: { target: SummaryTarget; locale: Locale; t: PublicText }) {
  const words = [target.extra ? `(${target.extra})` : null, target.qualifier].filter(Boolean).join(' ');
  return inline(
    `${target.direction === 'max' ? t.directionMax : t.directionMin} `,
    <b key="b">{formatQuantity(target.targetValue, target.unit, locale)}</b>,
    words ? <span key="w" {...viLang(locale)}>{` ${words}`}</span> : null,
  );
}

/** "640,5 ha · Quý IV/2023, duyệt ngày 20/12/2023" */
function TargetLatest({ target, locale, t }: { target: SummaryTarget; locale: Locale; t: PublicText }) {
  if (!target.latest) return t.noFigure;
  return inline(
    <b key="v">{formatQuantity(target.latest.value, target.unit, locale)}</b>,
    <span key="p">{` · ${formatPeriod(target.latest.period, locale)}`}</span>,
    `, ${fill(t.approvedOn, { date: formatDate(target.latest.approvedAt, locale) })}`,
  );
}

export function TargetCard(props: { target: SummaryTarget; locale: Locale; t: PublicText; reviewYear: number | null }) {
  const { target, locale, t } = props;
  const headingId = `target-${target.code}`;
  return (
    <article aria-labelledby={headingId} className="tcard" data-code={target.code} data-status={target.status}>
      <div>
        <h4 id={headingId}>
          <span>{target.code}</span>{' '}
          <Link href={localePath(locale, `/targets/${target.id}`)} {...viLang(locale)}>
            {target.name}
          </Link>
        </h4>
        {/* The badge takes its colours and icon from the card's data-status. */}
        <span className="badge">{targetStatusLabel(target.status, t)}</span>
      </div>
      <dl className="facts">
        <dt>{t.targetLabel}</dt>
        <dd>
          <TargetBound target={target} locale={locale} t={t} />
        </dd>
        <dt>{t.resultLabel}</dt>
        <dd>
          <TargetLatest target={target} locale={locale} t={t} />
        </dd>
      </dl>
      <TargetBar value={target.latest?.value ?? null} targetValue={target.targetValue} unit={target.unit} />
      <OrgList organizations={target.organizations} locale={locale} t={t} />
      {target.notMetInReview && props.reviewYear ? <p>{fill(t.notMetInReview, { year: props.reviewYear })}</p> : null}
    </article>
  );
}
