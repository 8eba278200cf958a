import type { CSSProperties } from 'react';
import { percentOf, scaleMax } from '@/lib/public/scale';

/**
 * The figure as a bar with the target marked by a black tick — one empty element: the fill and the
 * tick are drawn by `.bar` in app/public-pages.css from --v and --t, the fill coloured by the
 * card's data-status. Decorative: the same facts are
 * written next to it in words; being empty, it gives screen readers nothing to read (no aria-hidden
 * needed, whose bytes would be sent twice on every card).
 */
export function TargetBar(props: { value: number | null; targetValue: number; unit: string }) {
  const max = scaleMax(props.targetValue, props.value === null ? [] : [props.value], props.unit);
  const style: Record<string, string> = { '--t': `${percentOf(props.targetValue, max)}%` };
  if (props.value !== null) style['--v'] = `${percentOf(props.value, max)}%`;
  return <div className="bar" style={style as CSSProperties} />;
}

/** A task's progress, 0–100 %. */
export function ProgressBar({ progress }: { progress: number }) {
  return <div className="pbar" style={{ '--v': `${percentOf(progress, 100)}%` } as CSSProperties} />;
}
