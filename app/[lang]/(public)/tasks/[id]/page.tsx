import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HistoryChart } from '@/components/public/history-chart';
import { OrgList } from '@/components/public/org-list';
import { taskStatusLabel, taskVerdictLabel } from '@/lib/public/status-labels';
import { readErrata, readSourceRef, readTaskContributions, readTaskHistory } from '@/db/access/public-detail';
import { ErrataNote } from '@/components/public/errata-note';
import { getPublicSummaryOf, getSubjectYear } from '@/db/access/public-summary';
import { formatDate, formatDateTime, formatQuantity } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import { isLocale } from '@/lib/i18n/locale';
import { publicText } from '@/lib/i18n/messages/public';
import { formatPeriod } from '@/lib/period-label';
import { chartPoints, historyEntries } from '@/lib/public/history';
import { viLang } from '@/components/public/vi-text';
import { localePath } from '@/lib/i18n/locale-path';
import { formatSourceRef } from '@/lib/public/source-ref';

export function generateStaticParams(): { id: string }[] {
  return [];
}

async function findTask(id: string) {
  if (!/^\d{1,9}$/.test(id)) return null;
  // Any year's task: the page of an archived year's task stays readable.
  const year = await getSubjectYear('task', Number(id));
  const summary = year === null ? null : await getPublicSummaryOf(year);
  for (const group of summary?.taskGroups ?? []) {
    const task = group.tasks.find((x) => x.id === Number(id));
    if (summary && task) return { summary, group, task };
  }
  return null;
}

export async function generateMetadata({ params }: PageProps<'/[lang]/tasks/[id]'>): Promise<Metadata> {
  const found = await findTask((await params).id);
  return found ? { title: found.task.code } : {};
}

export default async function TaskPage({ params }: PageProps<'/[lang]/tasks/[id]'>) {
  const { lang, id } = await params;
  const found = await findTask(id);
  if (!isLocale(lang) || !found) notFound();
  const { summary, group, task } = found;
  const t = publicText[lang];
  const entries = historyEntries(readTaskHistory(task.id));
  const points = chartPoints(entries, summary.resolution.year, (e) => e.progress);
  const ref = readSourceRef('task', task.id);
  const contributions = readTaskContributions(task.id);
  return (
    <article className="space-y-5">
      <p>
        <Link href={localePath(lang, '/')} className="text-blue-900 underline">
          ← {t.backToSummary}
        </Link>
      </p>
      <header className="space-y-2">
        <p className="text-sm text-stone-700">
          {fill(t.groupLabel, { number: group.number })} · {task.code}
        </p>
        <h1 className="text-2xl font-bold leading-tight">{fill(t.taskLabel, { code: task.code })}</h1>
        <p {...viLang(lang)} className="whitespace-pre-line">
          {task.text}
        </p>
        <ErrataNote errata={readErrata('task', task.id)} locale={lang} />
        <OrgList organizations={task.organizations} locale={lang} t={t} />
        <p>
          {task.latest
            ? `${taskStatusLabel(task.latest.status, t)}${task.latest.progress !== null ? ` · ${t.taskProgress} ${formatQuantity(task.latest.progress, '%', lang)}` : ''} · ${formatPeriod(task.latest.period, lang)}, ${fill(t.approvedOn, { date: formatDate(task.latest.approvedAt, lang) })}`
            : t.taskNoUpdate}
        </p>
        <p data-verdict={task.verdict}>
          <b>{taskVerdictLabel(task.verdict, t)}</b>
          {` · ${t.taskDeadline} ${formatDate(task.deadline, lang)}`}
        </p>
        {ref ? (
          <p className="text-sm text-stone-700">{fill(t.sourceRef, { ref: formatSourceRef(ref, lang) })}</p>
        ) : null}
      </header>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t.historyHeading}
        </h2>
        {entries.length === 0 ? (
          <p>{t.historyEmpty}</p>
        ) : (
          <>
            {points.length ? (
              <HistoryChart
                points={points}
                targetValue={100}
                targetLabel={t.doneLine}
                unit="%"
                estimateLabel={t.figure_estimate}
                title={t.historyChartTitle}
                locale={lang}
              />
            ) : null}
            <div className="overflow-x-auto">
              <table className="history top" data-testid="history-table">
                <thead>
                  <tr>
                    <th scope="col">{t.historyPeriod}</th>
                    <th scope="col">{t.historyStatus}</th>
                    <th scope="col" className="num">
                      {t.taskProgress}
                    </th>
                    <th scope="col">{t.historyApprovedAt}</th>
                    <th scope="col">{t.historyNarrative}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={e.id} {...(e.superseded ? { className: 'old' } : {})}>
                      <th scope="row">{formatPeriod(e.periodCode, lang)}</th>
                      <td>
                        {e.taskStatus ? taskStatusLabel(e.taskStatus, t) : '—'}
                        {e.superseded ? <small>{t.historySuperseded}</small> : null}
                      </td>
                      <td className="num">{e.progress === null ? '—' : formatQuantity(e.progress, '%', lang)}</td>
                      <td>{formatDateTime(e.reviewedAt, lang)}</td>
                      <td {...viLang(lang)}>{e.narrative}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      {contributions.length ? (
        <section aria-labelledby="contributions-heading" className="space-y-2" data-testid="contributions">
          <h2 id="contributions-heading" className="text-xl font-semibold">
            {t.contributionsHeading}
          </h2>
          <p className="text-sm text-stone-700">{t.contributionsNote}</p>
          <ul className="space-y-2">
            {contributions.map((c) => (
              <li key={c.id} className="box p-3" data-testid="contribution">
                <p>
                  <b>{c.organization}</b>
                  {` · ${c.taskStatus ? taskStatusLabel(c.taskStatus, t) : '—'}${c.progress !== null ? ` · ${t.taskProgress} ${formatQuantity(c.progress, '%', lang)}` : ''} · ${formatPeriod(c.periodCode, lang)}, ${fill(t.approvedOn, { date: formatDate(c.reviewedAt, lang) })}`}
                </p>
                {c.narrative ? (
                  <p {...viLang(lang)} className="text-sm">
                    {c.narrative}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
