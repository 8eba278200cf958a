import Link from 'next/link';
import type { QueueItem } from '@/db/access/approval-queue';
import type { ActionState } from '@/lib/action-state';
import { formatDateTime, formatNumber, formatQuantity, formatTargetBound } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { approvalMessages } from '@/lib/i18n/messages/approvals';
import { fill } from '@/lib/i18n/fill';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { formatPeriod } from '@/lib/period-label';
import { compareFigures, type Direction } from '@/lib/workflow/report-diff';
import { RoleTag } from './badges';
import { ReviewControls } from './review-controls';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function ChangeText({ delta, direction, unit, locale }: { delta: number; direction: Direction; unit: string; locale: Locale }) {
  const a = approvalMessages[locale];
  const icon = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '＝';
  const text = direction === 'same' ? a.same : fill(direction === 'up' ? a.up : a.down, { d: formatQuantity(Math.abs(delta), unit, locale) });
  return (
    <mark className="rounded bg-yellow-200 px-1 font-semibold text-stone-900" data-testid="change">
      <span aria-hidden="true">{icon} </span>
      {text}
    </mark>
  );
}

/** One waiting report beside the previous approved one, with the change marked, and the decisions. */
export function QueueItemCard({ item, locale, approveAction, returnAction }: { item: QueueItem; locale: Locale; approveAction: Action; returnAction: Action }) {
  const t = workflowMessages[locale];
  const a = approvalMessages[locale];
  const change = compareFigures(item.previous, item);
  const unit = item.unit ?? '';
  const figure = (f: { value: number | null; taskStatus: string | null; progress: number | null }) =>
    item.kind === 'target'
      ? f.value !== null ? formatQuantity(f.value, unit, locale) : '—'
      : `${f.taskStatus ? t[`task_${f.taskStatus as 'done'}`] : '—'} · ${f.progress ?? 0} %`;
  return (
    <li className="rounded border border-stone-300 bg-white p-3" data-testid={`queue-item-${item.id}`}>
      <div className="flex flex-wrap items-start gap-3">
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" form="bulk-approve" name={`item-${item.id}`} value={item.version} className="h-5 w-5" aria-label={`${a.select}: ${item.subjectCode} ${item.organizationName}`} />
          <span className="sr-only">{a.select}</span>
        </label>
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-semibold">{item.organizationName}</span>
            <RoleTag role={item.role} t={t} />
            <span>· {formatPeriod(item.periodCode, locale)}</span>
          </p>
          <p className="mt-1">
            <Link href={`/dashboard/${item.kind}s/${item.subjectId}`} className="font-mono text-sm text-blue-800 underline">{item.subjectCode}</Link>{' '}
            <span className="line-clamp-2">{item.subjectLabel}</span>
          </p>
          {item.kind === 'target' && item.targetValue !== null && item.direction ? (
            <p className="text-sm text-stone-700">{t.target}: {formatTargetBound(item.targetValue, unit, item.direction, locale)}</p>
          ) : null}
        </div>
      </div>

      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <div className="rounded bg-stone-100 p-2">
          <p className="text-sm font-medium text-stone-700">
            {item.previous ? fill(a.previous, { period: formatPeriod(item.previous.periodCode, locale) }) : a.noPrevious}
          </p>
          {item.previous ? (
            <>
              <p className="text-lg">{figure(item.previous)}</p>
              <p className="line-clamp-3 text-sm text-stone-700">{item.previous.note ?? item.previous.narrative}</p>
            </>
          ) : null}
        </div>
        <div className="rounded border-2 border-sky-700 p-2">
          <p className="text-sm font-medium text-stone-700">{a.thisReport}</p>
          <p className="text-lg font-semibold" data-testid="queue-figure">{figure(item)}</p>
          {change?.valueDelta !== null && change?.valueDirection ? (
            <ChangeText delta={change.valueDelta} direction={change.valueDirection} unit={unit} locale={locale} />
          ) : null}
          {change?.progressDelta !== null && change?.progressDirection ? (
            <ChangeText delta={change.progressDelta} direction={change.progressDirection} unit="%" locale={locale} />
          ) : null}
          {change?.statusChanged ? <mark className="ml-1 rounded bg-yellow-200 px-1 text-sm">{a.statusChanged}</mark> : null}
          <p className={`whitespace-pre-line text-sm ${change?.textChanged ? 'bg-yellow-50' : ''}`}>{item.note ?? item.narrative}</p>
        </div>
      </div>

      {item.returnReason ? (
        <p className="mt-2 text-sm text-amber-950"><strong>{t.previousReturn}:</strong> {item.returnReason}</p>
      ) : null}
      <p className="mt-2 text-sm text-stone-700">
        {t.reportedBy}: {fill(a.submittedBy, { name: item.authorName, org: item.organizationCode })}
        {item.submittedAt ? ` · ${formatDateTime(item.submittedAt, locale)}` : ''}
        {' · '}
        <Link href={`/dashboard/updates/${item.id}`} className="text-blue-800 underline">
          {item.evidenceCount > 0 ? fill(a.evidenceCount, { n: formatNumber(item.evidenceCount, locale) }) : `#${item.id}`}
        </Link>
      </p>
      <div className="mt-2">
        <ReviewControls id={item.id} version={item.version} labels={a} approveAction={approveAction} returnAction={returnAction} />
      </div>
    </li>
  );
}
