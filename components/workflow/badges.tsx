import type { UpdateState } from '@/db/schema';
import type { WorkflowMessages } from '@/lib/i18n/messages/workflow';
import type { FigureKind, TargetVerdict } from '@/lib/domain';
import { verdictText } from '@/lib/i18n/messages/verdicts';
import type { Locale } from '@/lib/i18n/locale';

// Status and state shown in words with an icon; colour only reinforces them. The colours live in
// app/workspace-lists.css (.ws-badge keyed on data-status / data-state): they repeat on every row.

const statusIcon: Record<TargetVerdict, string> = {
  exceeded: '⇈',
  met: '✓',
  on_pace: '↗',
  behind_pace: '!',
  not_met: '✗',
  year_end: '◷',
  no_data: '–',
};

/** The verdict in the review's words, marked when it rests on an estimate. */
export function TargetStatusBadge(props: { status: TargetVerdict; kind: FigureKind | null; locale: Locale }) {
  const v = verdictText[props.locale];
  return (
    <span className="ws-badge" data-status={props.status}>
      <span aria-hidden="true">{statusIcon[props.status]}</span>
      {v.target[props.status]}
      {props.kind === 'estimate' && props.status !== 'no_data' ? ` (${v.onEstimate})` : ''}
    </span>
  );
}

const stateIcon: Record<UpdateState, string> = { draft: '✎', submitted: '⏳', approved: '✓', returned: '↩' };

export function StateBadge({ state, t }: { state: UpdateState; t: WorkflowMessages }) {
  return (
    <span className="ws-badge" data-state={state}>
      <span aria-hidden="true">{stateIcon[state]}</span>
      {t[`state_${state}`]}
    </span>
  );
}

export function RoleTag({ role, t }: { role: 'lead' | 'coordinate'; t: WorkflowMessages }) {
  return <span className="ws-tag">{t[`role_${role}`]}</span>;
}
