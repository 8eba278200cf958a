import type { QueueItem } from '@/db/access/approval-queue';
import { clipText } from '@/lib/clip-text';
import type { FigureKind } from '@/lib/domain';
import { formatDateTime, formatNumber, formatQuantity, formatTargetBound } from '@/lib/format';
import { verdictText } from '@/lib/i18n/messages/verdicts';
import type { Locale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { approvalMessages } from '@/lib/i18n/messages/approvals';
import { fill } from '@/lib/i18n/fill';
import { decisionMessages } from '@/lib/i18n/messages/decisions';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { formatPeriod } from '@/lib/period-label';
import { compareFigures, type Direction } from '@/lib/workflow/update-diff';

// One waiting update as the queue shows it, every figure, date and sentence already written out
// in the page's language on the server. The queue list (a client component: each card has its
// own selection and decisions) receives these few strings instead of a tree of elements, and
// needs no formatting code or message catalogue in the browser. Empty and false fields are left
// out (each would travel as a key with "$undefined", null or false).

export type QueueCardView = {
  id: number;
  version: number;
  subjectHref: string;
  updateHref: string;
  organization: string;
  role: string;
  period: string;
  code: string;
  /** The target's name or the task's paragraph, clipped to what its two clamped lines show. */
  label: string;
  bound?: string;
  previousTitle: string;
  /** `text` is null when it is the same as this update's (the card then says so). */
  previous: { figure: string; text: string | null } | null;
  figure: string;
  /** Marked changes: an icon (hidden from screen readers) and the words. */
  changes?: [icon: string, text: string][];
  statusChanged?: true;
  text: string | null;
  textChanged?: true;
  returnReason?: string;
  /** A resubmission: its figure as returned → as now ("92,5 % → 93,1 %"). */
  sinceReturned?: string;
  /** Tự duyệt: the chair's own organization's update, approved on its own (no bulk checkbox). */
  selfReview?: { label: string; hint: string };
  reported: string;
  evidence: string;
};

const labelMax = 160;
const icons: Record<Direction, string> = { up: '▲', down: '▼', same: '=' };

export function queueCardView(item: QueueItem, locale: Locale): QueueCardView {
  const t = workflowMessages[locale];
  const a = approvalMessages[locale];
  const d = decisionMessages[locale];
  const change = compareFigures(item.previous, item);
  const unit = item.unit ?? '';
  const figure = (f: {
    value: number | null;
    figureKind?: FigureKind | null;
    taskStatus: string | null;
    progress: number | null;
  }) =>
    item.kind === 'target'
      ? f.value !== null
        ? `${formatQuantity(f.value, unit, locale)}${f.figureKind ? ` (${verdictText[locale].figure[f.figureKind]})` : ''}`
        : '—'
      : `${f.taskStatus ? t[`task_${f.taskStatus as 'done'}`] : '—'} · ${f.progress ?? 0} %`;
  const changeText = (delta: number, direction: Direction, inUnit: string): [string, string] => [
    icons[direction],
    direction === 'same'
      ? a.same
      : fill(direction === 'up' ? a.up : a.down, { d: formatQuantity(Math.abs(delta), inUnit, locale) }),
  ];
  const changes: [string, string][] = [];
  if (change?.valueDelta != null && change.valueDirection)
    changes.push(changeText(change.valueDelta, change.valueDirection, unit));
  if (change?.progressDelta != null && change.progressDirection)
    changes.push(changeText(change.progressDelta, change.progressDirection, '%'));
  const submitted = item.submittedAt ? ` · ${formatDateTime(item.submittedAt, locale)}` : '';
  const view: QueueCardView = {
    id: item.id,
    version: item.version,
    subjectHref: localePath(locale, `/dashboard/${item.kind}s/${item.subjectId}`),
    updateHref: localePath(locale, `/dashboard/updates/${item.id}`),
    organization: item.organizationName,
    role: t[`role_${item.role}`],
    period: formatPeriod(item.periodCode, locale),
    code: item.subjectCode,
    label: clipText(item.subjectLabel, labelMax),
    previousTitle: item.previous
      ? fill(a.previous, { period: formatPeriod(item.previous.periodCode, locale) })
      : a.noPrevious,
    // An unchanged note or narrative is shown once, under this update; the previous one says so.
    previous: item.previous
      ? {
          figure: figure(item.previous),
          text: change?.textChanged ? (item.previous.note ?? item.previous.narrative) : null,
        }
      : null,
    figure: figure(item),
    text: item.note ?? item.narrative,
    reported: `${t.reportedBy}: ${fill(a.submittedBy, { name: item.authorName, org: item.organizationName })}${submitted} · `,
    // The update's own page: its whole text, evidence and conversation.
    evidence:
      item.evidenceCount > 0
        ? `${d.open} (${fill(a.evidenceCount, { n: formatNumber(item.evidenceCount, locale) })})`
        : d.open,
  };
  if (item.kind === 'target' && item.direction) {
    view.bound = `${t.target}: ${formatTargetBound(item.targetValue, unit, item.direction, locale, item.targetHigh)}`;
  }
  if (changes.length > 0) view.changes = changes;
  if (change?.statusChanged) view.statusChanged = true;
  if (change?.textChanged) view.textChanged = true;
  if (item.returnReason) view.returnReason = item.returnReason;
  if (item.returned) {
    const before = figure(item.returned);
    view.sinceReturned = fill(before === view.figure ? a.sinceReturnedSame : a.sinceReturned, {
      before,
      after: view.figure,
    });
  }
  if (item.selfReview) view.selfReview = { label: a.selfReview, hint: a.selfReviewHint };
  return view;
}
