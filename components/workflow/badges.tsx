import type { UpdateState } from '@/db/schema';
import type { WorkflowMessages } from '@/lib/i18n/messages/workflow';
import type { TargetStatus } from '@/lib/workflow/target-status';

// Status and state shown in words with an icon; colour only reinforces them. The colours live in
// app/workspace-lists.css (.ws-badge keyed on data-status / data-state): they repeat on every row.

const statusIcon: Record<TargetStatus, string> = { met: '✓', on_track: '↗', at_risk: '!', not_met: '✗', no_data: '–' };

export function TargetStatusBadge({ status, t }: { status: TargetStatus; t: WorkflowMessages }) {
  return (
    <span className="ws-badge" data-status={status}>
      <span aria-hidden="true">{statusIcon[status]}</span>
      {t[`status_${status}`]}
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
