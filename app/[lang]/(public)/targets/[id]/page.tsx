import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HistoryChart } from '@/components/public/history-chart';
import { OrgList } from '@/components/public/org-list';
import { StatusBadge } from '@/components/public/status-badge';
import { figureKindLabel } from '@/lib/public/status-labels';
import { TargetBound, verdictWords } from '@/components/public/target-card';
import { readErrata, readSourceRef, readTargetChain, readTargetHistory } from '@/db/access/public-detail';
import { ErrataNote } from '@/components/public/errata-note';
import { YearChain } from '@/components/public/year-chain';
import { getPublicSummaryOf, getSubjectYear } from '@/db/access/public-summary';
import { formatDate, formatDateTime, formatQuantity, formatTargetBound } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import { isLocale } from '@/lib/i18n/locale';
import { publicText } from '@/lib/i18n/messages/public';
import { formatPeriod } from '@/lib/period-label';
import { chartPoints, historyEntries } from '@/lib/public/history';
import { viLang } from '@/components/public/vi-text';
import { localePath } from '@/lib/i18n/locale-path';
import { formatSourceRef } from '@/lib/public/source-ref';

// Rendered on first visit and cached like /, until revalidatePublicPages().
export function generateStaticParams(): { id: string }[] {
  return [];
}

async function findTarget(id: string) {
  if (!/^\d{1,9}$/.test(id)) return null;
  // Any year's target: the page of an archived year's target stays readable.
  const year = await getSubjectYear('target', Number(id));
  const summary = year === null ? null : await getPublicSummaryOf(year);
  const target = summary?.targets.find((x) => x.id === Number(id));
  return summary && target ? { summary, target } : null;
}

export async function generateMetadata({ params }: PageProps<'/[lang]/targets/[id]'>): Promise<Metadata> {
  const found = await findTarget((await params).id);
  return found ? { title: found.target.name } : {};
}

export default async function TargetPage({ params }: PageProps<'/[lang]/targets/[id]'>) {
  const { lang, id } = await params;
  const found = await findTarget(id);
  if (!isLocale(lang) || !found) notFound();
  const { summary, target } = found;
  const t = publicText[lang];
  const entries = historyEntries(readTargetHistory(target.id));
  const points = chartPoints(entries, summary.resolution.year, (e) => e.value);
  const ref = readSourceRef('target', target.id);
  return (
    <article className="space-y-5">
      <p>
        <Link href={localePath(lang, '/')} className="text-blue-900 underline">
          ← {t.backToSummary}
        </Link>
      </p>
      <header className="space-y-2">
        <p className="text-sm text-stone-700">{target.code}</p>
        <h1 className="text-2xl font-bold leading-tight" {...viLang(lang)}>
          {target.name}
        </h1>
        <ErrataNote errata={readErrata('target', target.id)} locale={lang} />
        <StatusBadge status={target.status} label={verdictWords(target, t)} />
        <dl className="facts">
          <dt>{t.targetLabel}</dt>
          <dd>
            <TargetBound target={target} locale={lang} t={t} />
          </dd>
          <dt>{t.resultLabel}</dt>
          <dd>
            <span>
              {target.latest
                ? `${formatQuantity(target.latest.value, target.unit, lang)} (${figureKindLabel(target.latest.kind, t)})${target.planPercent === null ? '' : ` · ${formatQuantity(target.planPercent, '%', lang)} ${t.planPercent}`} · ${formatPeriod(target.latest.period, lang)}, ${fill(t.approvedOn, { date: formatDate(target.latest.approvedAt, lang) })}`
                : t.noFigure}
            </span>
          </dd>
        </dl>
        <OrgList organizations={target.organizations} locale={lang} t={t} />
        {ref ? (
          <p className="text-sm text-stone-700">{fill(t.sourceRef, { ref: formatSourceRef(ref, lang) })}</p>
        ) : null}
      </header>
      <YearChain chain={readTargetChain(target.id)} locale={lang} />
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t.historyHeading}
        </h2>
        {entries.length === 0 ? (
          <p>{t.historyEmpty}</p>
        ) : (
          <>
            <HistoryChart
              points={points}
              targetValue={target.targetValue}
              targetLabel={fill(t.targetLine, {
                bound: formatTargetBound(target.targetValue, target.unit, target.direction, lang, target.targetHigh),
              })}
              unit={target.unit}
              estimateLabel={t.figure_estimate}
              title={t.historyChartTitle}
              locale={lang}
            />
            <div className="overflow-x-auto">
              <table className="history" data-testid="history-table">
                <thead>
                  <tr>
                    <th scope="col">{t.historyPeriod}</th>
                    <th scope="col" className="num">
                      {t.historyValue}
                    </th>
                    <th scope="col">{t.historyApprovedAt}</th>
                    <th scope="col">{t.historyNote}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={e.id} {...(e.superseded ? { className: 'old' } : {})}>
                      <th scope="row">{formatPeriod(e.periodCode, lang)}</th>
                      <td className="num">
                        {e.value === null ? '—' : formatQuantity(e.value, target.unit, lang)}
                        {e.figureKind ? (
                          <i className="fkind" data-kind={e.figureKind}>{` (${figureKindLabel(e.figureKind, t)})`}</i>
                        ) : null}
                        {e.superseded ? <small>{t.historySuperseded}</small> : null}
                      </td>
                      <td>{formatDateTime(e.reviewedAt, lang)}</td>
                      <td {...viLang(lang)}>{e.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </article>
  );
}
