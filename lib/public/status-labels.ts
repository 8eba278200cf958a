import type { TaskStatus } from '@/lib/domain';
import type { PublicText } from '@/lib/i18n/messages/public';
import type { TargetStatus } from '@/lib/workflow/target-status';

export function targetStatusLabel(status: TargetStatus, t: PublicText): string {
  return {
    met: t.statusMet,
    on_track: t.statusOnTrack,
    at_risk: t.statusAtRisk,
    not_met: t.statusNotMet,
    no_data: t.statusNoData,
  }[status];
}

export function taskStatusLabel(status: TaskStatus, t: PublicText): string {
  return {
    not_started: t.taskNotStarted,
    on_track: t.taskOnTrack,
    at_risk: t.taskAtRisk,
    done: t.taskDone,
  }[status];
}
