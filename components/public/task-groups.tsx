import Link from 'next/link';
import { formatDate, formatQuantity } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import { formatPeriod } from '@/lib/period-label';
import { taskStatusLabel, taskVerdictLabel } from '@/lib/public/status-labels';
import type { SummaryTask, SummaryTaskGroup } from '@/lib/public/summary-model';
import { OrgList } from './org-list';
import { ProgressBar } from './target-bar';
import { inline, viLang, viText } from './vi-text';
import { localePath } from '@/lib/i18n/locale-path';

/**
 * Section III: each group folds open (a phone shows eight short lines first); each task's text
 * is shown whole and exactly as the resolution writes it. Styled by `.tgroup` (app/public-pages.css).
 */
export function TaskGroups({ groups, locale, t }: { groups: SummaryTaskGroup[]; locale: Locale; t: PublicText }) {
  return (
    <div className="space-y-2">
      {groups.map((g) => (
        <details key={g.number} className="tgroup" data-number={g.number}>
          <summary>
            {inline(
              <b key="n">{`${fill(t.groupLabel, { number: g.number })}.`}</b>,
              ' ',
              viText(g.title, locale),
              <small key="r">{groupLine(g, locale, t)}</small>,
            )}
          </summary>
          <ol>
            {g.tasks.map((task) => (
              <TaskItem key={task.code} task={task} locale={locale} t={t} />
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}

/** "1/2 nhiệm vụ có số liệu duyệt · Tiến độ bình quân 55 %" */
function groupLine(g: SummaryTaskGroup, locale: Locale, t: PublicText): string {
  const reported = fill(t.groupReported, { reported: g.reported, count: g.tasks.length });
  if (g.averageProgress === null) return reported;
  return `${reported} · ${fill(t.groupProgress, { progress: formatQuantity(g.averageProgress, '%', locale) })}`;
}

function TaskItem({ task, locale, t }: { task: SummaryTask; locale: Locale; t: PublicText }) {
  const latest = task.latest;
  return (
    <li data-code={task.code}>
      <h3>
        <Link href={localePath(locale, `/tasks/${task.id}`)}>{fill(t.taskLabel, { code: task.code })}</Link>
      </h3>
      <p {...viLang(locale)}>{task.text}</p>
      <OrgList organizations={task.organizations} locale={locale} t={t} />
      {latest ? (
        <div>
          {inline(
            <b key="s">{taskStatusLabel(latest.status, t)}</b>,
            latest.progress !== null ? ` · ${t.taskProgress} ${formatQuantity(latest.progress, '%', locale)}` : null,
            ` · ${formatPeriod(latest.period, locale)}, ${fill(t.approvedOn, { date: formatDate(latest.approvedAt, locale) })}`,
            latest.progress !== null ? <ProgressBar key="p" progress={latest.progress} /> : null,
          )}
        </div>
      ) : (
        <p>{t.taskNoUpdate}</p>
      )}
      <p data-verdict={task.verdict}>
        <b>{taskVerdictLabel(task.verdict, t)}</b>
        {` · ${t.taskDeadline} ${formatDate(task.deadline, locale)}`}
      </p>
    </li>
  );
}
