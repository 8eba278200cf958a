import type { UpdateState } from '@/db/schema';
import type { WorkflowMessages } from '@/lib/i18n/messages/workflow';
import type { TargetStatus } from '@/lib/workflow/target-status';

// Status and state shown in words with an icon; colour only reinforces them.

const statusStyle: Record<TargetStatus, { icon: string; className: string }> = {
  met: { icon: '✓', className: 'bg-green-100 text-green-900 border-green-700' },
  on_track: { icon: '↗', className: 'bg-sky-100 text-sky-900 border-sky-700' },
  at_risk: { icon: '!', className: 'bg-amber-100 text-amber-950 border-amber-700' },
  not_met: { icon: '✗', className: 'bg-red-100 text-red-900 border-red-700' },
  no_data: { icon: '–', className: 'bg-stone-100 text-stone-800 border-stone-500' },
};

/** A label in words with its icon beside it (hidden from screen readers, which read the words). */
function Badge({ icon, className, label, data }: { icon: string; className: string; label: string; data: Record<string, string> }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-medium ${className}`} {...data}>
      <span aria-hidden="true">{icon}</span>
      {label}
    </span>
  );
}

export function TargetStatusBadge({ status, t }: { status: TargetStatus; t: WorkflowMessages }) {
  return <Badge {...statusStyle[status]} label={t[`status_${status}`]} data={{ 'data-status': status }} />;
}

const stateStyle: Record<UpdateState, { icon: string; className: string }> = {
  draft: { icon: '✎', className: 'bg-stone-100 text-stone-800 border-stone-500' },
  submitted: { icon: '⏳', className: 'bg-sky-100 text-sky-900 border-sky-700' },
  approved: { icon: '✓', className: 'bg-green-100 text-green-900 border-green-700' },
  returned: { icon: '↩', className: 'bg-amber-100 text-amber-950 border-amber-700' },
};

export function StateBadge({ state, t }: { state: UpdateState; t: WorkflowMessages }) {
  return <Badge {...stateStyle[state]} label={t[`state_${state}`]} data={{ 'data-state': state }} />;
}

export function RoleTag({ role, t }: { role: 'lead' | 'coordinate'; t: WorkflowMessages }) {
  return (
    <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs font-medium text-stone-800">{t[`role_${role}`]}</span>
  );
}
