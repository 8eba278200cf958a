import type { UpdateState } from '@/db/schema';
import type { WorkflowMessages } from '@/lib/i18n/messages/workflow';
import type { FigureKind, TargetVerdict } from '@/lib/domain';
import { verdictText } from '@/lib/i18n/messages/verdicts';
import type { Locale } from '@/lib/i18n/locale';

// Status and state shown in words with an icon; colour only reinforces them. The icons (the public
// pages' SVGs as a CSS mask, not emoji, which old office PCs draw as empty boxes) and the colours
// live in app/workspace-lists.css (.ws-badge keyed on data-status / data-state).

/** The verdict in the review's words, marked when it rests on an estimate. */
export function TargetStatusBadge(props: { status: TargetVerdict; kind: FigureKind | null; locale: Locale }) {
  const v = verdictText[props.locale];
  return (
    <span className="ws-badge" data-status={props.status}>
      {v.target[props.status]}
      {props.kind === 'estimate' && props.status !== 'no_data' ? ` (${v.onEstimate})` : ''}
    </span>
  );
}

export function StateBadge({ state, t }: { state: UpdateState; t: WorkflowMessages }) {
  return (
    <span className="ws-badge" data-state={state}>
      {t[`state_${state}`]}
    </span>
  );
}

export function RoleTag({ role, t }: { role: 'lead' | 'coordinate'; t: WorkflowMessages }) {
  return <span className="ws-tag">{t[`role_${role}`]}</span>;
}
