import type { FigureKind, TargetVerdict, TaskStatus, TaskVerdict } from '@/lib/domain';
import type { PublicText } from '@/lib/i18n/messages/public';

export function targetStatusLabel(status: TargetVerdict, t: PublicText): string {
  return t[`verdict_${status}`];
}

export function taskVerdictLabel(verdict: TaskVerdict, t: PublicText): string {
  return t[`taskVerdict_${verdict}`];
}

export function figureKindLabel(kind: FigureKind, t: PublicText): string {
  return t[`figure_${kind}`];
}

export function taskStatusLabel(status: TaskStatus, t: PublicText): string {
  return {
    not_started: t.taskNotStarted,
    on_track: t.taskOnTrack,
    at_risk: t.taskAtRisk,
    done: t.taskDone,
  }[status];
}
