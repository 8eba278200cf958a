import { percentOf, scaleMax } from '@/lib/public/scale';
import type { TargetStatus } from '@/lib/workflow/target-status';

const fills: Record<TargetStatus, string> = {
  met: 'bg-green-700',
  on_track: 'bg-sky-700',
  at_risk: 'bg-amber-600',
  not_met: 'bg-red-700',
  no_data: 'bg-stone-400',
};

/**
 * The figure as a bar with the target marked by a black tick. Decorative: the same facts are
 * written next to it in words, so screen readers skip it.
 */
export function TargetBar(props: { value: number | null; targetValue: number; unit: string; status: TargetStatus }) {
  const max = scaleMax(props.targetValue, props.value === null ? [] : [props.value], props.unit);
  const mark = percentOf(props.targetValue, max);
  return (
    <div aria-hidden="true" className="relative mt-2 mb-1 h-3 rounded-full bg-stone-200" data-testid="target-bar">
      {props.value !== null ? (
        <div className={`h-3 rounded-full ${fills[props.status]}`} style={{ width: `${percentOf(props.value, max)}%` }} />
      ) : null}
      <div className="absolute -top-1 -bottom-1 w-1 -translate-x-1/2 rounded bg-stone-900" style={{ left: `${mark}%` }} />
    </div>
  );
}

/** A task's progress, 0–100 %, with the end marked. */
export function ProgressBar({ progress }: { progress: number }) {
  return (
    <div aria-hidden="true" className="mt-1 h-2.5 rounded-full bg-stone-200">
      <div className="h-2.5 rounded-full bg-brand-700" style={{ width: `${percentOf(progress, 100)}%` }} />
    </div>
  );
}
