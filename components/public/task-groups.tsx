import Link from 'next/link';
import { formatDate, formatQuantity } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import { formatPeriod } from '@/lib/period-label';
import type { SummaryTask, SummaryTaskGroup } from '@/lib/public/summary-model';
import { OrgList } from './org-list';
import { taskStatusLabel } from '@/lib/public/status-labels';
import { ProgressBar } from './target-bar';

/**
 * Section III: each group folds open (a phone shows eight short lines first); each task's text
 * is shown whole and exactly as the resolution writes it.
 */
export function TaskGroups({ groups, locale, t }: { groups: SummaryTaskGroup[]; locale: Locale; t: PublicText }) {
  return (
    <div className="space-y-2">
      {groups.map((g) => (
        <details key={g.number} className="rounded-lg border border-stone-300 bg-white" data-testid="task-group" data-number={g.number}>
          <summary className="cursor-pointer px-3 py-3">
            <span className="font-semibold">{fill(t.groupLabel, { number: g.number })}.</span>{' '}
            <span lang="vi">{g.title}</span>
            <span className="mt-1 block text-sm text-stone-700">
              {fill(t.groupReported, { reported: g.reported, count: g.tasks.length })}
              {g.averageProgress !== null ? ` · ${fill(t.groupProgress, { progress: formatQuantity(g.averageProgress, '%', locale) })}` : ''}
            </span>
          </summary>
          <ol className="space-y-3 border-t border-stone-200 px-3 py-3">
            {g.tasks.map((task) => (
              <TaskItem key={task.code} task={task} locale={locale} t={t} />
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}

function TaskItem({ task, locale, t }: { task: SummaryTask; locale: Locale; t: PublicText }) {
  return (
    <li className="space-y-1" data-testid="task" data-code={task.code}>
      <h4 className="text-sm font-semibold">
        <Link href={`/tasks/${task.id}`} className="text-blue-900 underline underline-offset-2">
          {fill(t.taskLabel, { code: task.code })}
        </Link>
      </h4>
      <p lang="vi" className="whitespace-pre-line" data-testid="task-text">
        {task.text}
      </p>
      <OrgList organizations={task.organizations} t={t} />
      <div className="text-sm" data-testid="task-latest">
        {task.latest ? (
          <>
            <span className="font-medium">{taskStatusLabel(task.latest.status, t)}</span>
            {task.latest.progress !== null ? ` · ${t.taskProgress} ${formatQuantity(task.latest.progress, '%', locale)}` : ''}
            {' · '}
            {formatPeriod(task.latest.period, locale)}, {fill(t.approvedOn, { date: formatDate(task.latest.approvedAt, locale) })}
            {task.latest.progress !== null ? <ProgressBar progress={task.latest.progress} /> : null}
          </>
        ) : (
          <span className="text-stone-700">{t.taskNoReport}</span>
        )}
      </div>
    </li>
  );
}
