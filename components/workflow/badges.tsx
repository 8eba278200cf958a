import type { UpdateState } from '@/db/schema';
import type { WorkflowMessages } from '@/lib/i18n/messages/workflow';
import type { TargetStatus } from '@/lib/workflow/target-status';

// Status and state shown in words with an icon; colour only reinforces them. The icons (the public
// pages' SVGs as a CSS mask, not emoji, which old office PCs draw as empty boxes) and the colours
// live in app/workspace-lists.css (.ws-badge keyed on data-status / data-state).

export function TargetStatusBadge({ status, t }: { status: TargetStatus; t: WorkflowMessages }) {
  return (
    <span className="ws-badge" data-status={status}>
      {t[`status_${status}`]}
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
