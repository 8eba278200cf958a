import type { CSSProperties } from 'react';
import { percentOf, scaleMax } from '@/lib/public/scale';
import type { TargetStatus } from '@/lib/workflow/target-status';

/**
 * The figure as a bar with the target marked by a black tick — one element: the fill and the tick
 * are drawn by `.bar` in app/public-pages.css from --v and --t. Decorative: the same facts are
 * written next to it in words, so screen readers skip it.
 */
export function TargetBar(props: { value: number | null; targetValue: number; unit: string; status: TargetStatus }) {
  const max = scaleMax(props.targetValue, props.value === null ? [] : [props.value], props.unit);
  const style: Record<string, string> = { '--t': `${percentOf(props.targetValue, max)}%` };
  if (props.value !== null) style['--v'] = `${percentOf(props.value, max)}%`;
  return <div aria-hidden="true" className="bar" data-status={props.status} style={style as CSSProperties} />;
}

/** A task's progress, 0–100 %. */
export function ProgressBar({ progress }: { progress: number }) {
  return <div aria-hidden="true" className="pbar" style={{ '--v': `${percentOf(progress, 100)}%` } as CSSProperties} />;
}
