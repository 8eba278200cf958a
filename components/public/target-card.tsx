import Link from 'next/link';
import { formatDate, formatNumber, formatQuantity } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import { formatPeriod } from '@/lib/period-label';
import { figureKindLabel, targetStatusLabel } from '@/lib/public/status-labels';
import type { SummaryTarget } from '@/lib/public/summary-model';
import { OrgList } from './org-list';
import { TargetBar } from './target-bar';
import { inline, viLang } from './vi-text';
import { localePath } from '@/lib/i18n/locale-path';

/*
 * Inside a `.facts` dd the bare text is grey; the figure (b) and what belongs to it (span) are in
 * the text colour. Short keys: each is written into the page's RSC payload.
 */

/** The figure of a bound: "4 %", a range "8 – 10 %"; none for a zero or qualitative target (the words say it). */
function boundFigure(target: SummaryTarget, locale: Locale): string | null {
  const v = target.targetValue;
  if (v === null || target.direction === 'qualitative' || target.direction === 'zero') return null;
  if (target.direction === 'range' && target.targetHigh !== null)
    return `${formatNumber(v, locale)} – ${formatQuantity(target.targetHigh, target.unit, locale)}`;
  return formatQuantity(v, target.unit, locale);
}

/** "đạt ít nhất 4 % (5 người/năm)": the direction in words once (not "≥ 4 % — đạt ít nhất"). */
export function TargetBound({ target, locale, t }: { target: SummaryTarget; locale: Locale; t: PublicText }) {
  const words = [target.extra ? `(${target.extra})` : null, target.qualifier].filter(Boolean).join(' ');
  const direction = t[`direction_${target.direction}`];
  const figure = boundFigure(target, locale);
  return inline(
    figure === null ? direction : `${direction} `,
    figure === null ? null : <b key="b">{figure}</b>,
    words ? <span key="w" {...viLang(locale)}>{` ${words}`}</span> : null,
  );
}

/** "640,5 ha (ước thực hiện) · 103,1 % so với kế hoạch · Quý IV/2023, duyệt ngày 20/12/2023" */
function TargetLatest({ target, locale, t }: { target: SummaryTarget; locale: Locale; t: PublicText }) {
  if (!target.latest) return t.noFigure;
  return inline(
    <b key="v">{formatQuantity(target.latest.value, target.unit, locale)}</b>,
    <i key="k" className="fkind" data-kind={target.latest.kind}>{` (${figureKindLabel(target.latest.kind, t)})`}</i>,
    target.planPercent === null ? null : (
      <span key="r">{` · ${formatQuantity(target.planPercent, '%', locale)} ${t.planPercent}`}</span>
    ),
    <span key="p">{` · ${formatPeriod(target.latest.period, locale)}`}</span>,
    `, ${fill(t.approvedOn, { date: formatDate(target.latest.approvedAt, locale) })}`,
  );
}

/** "Đạt tiến độ", and "(theo số ước thực hiện)" when the verdict rests on an estimate. */
export function verdictWords(target: SummaryTarget, t: PublicText): string {
  const words = targetStatusLabel(target.status, t);
  return target.latest?.kind === 'estimate' && target.status !== 'no_data' ? `${words} (${t.onEstimate})` : words;
}

/** Where the bar's tick goes: the level the figure must reach (a change is added to its base). */
function barGoal(target: SummaryTarget): number | null {
  const v = target.targetValue;
  if (target.direction === 'qualitative' || v === null) return null;
  if (target.direction === 'increase' || target.direction === 'decrease')
    return target.baseValue === null ? v : target.baseValue + (target.direction === 'increase' ? v : -v);
  return v;
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
        <span className="badge">{verdictWords(target, t)}</span>
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
      {barGoal(target) === null ? null : (
        <TargetBar value={target.latest?.value ?? null} targetValue={barGoal(target)!} unit={target.unit} />
      )}
      <OrgList organizations={target.organizations} locale={locale} t={t} />
      {target.notMetInReview && props.reviewYear ? <p>{fill(t.notMetInReview, { year: props.reviewYear })}</p> : null}
    </article>
  );
}
