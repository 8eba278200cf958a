import type { TargetVerdict as TargetStatus } from '@/lib/domain';

/**
 * A target's status in words, with an icon whose shape tells it too (colour only repeats it).
 * The icon and colours come from `.badge[data-status]` in app/public-pages.css.
 */
export function StatusBadge({ status, label }: { status: TargetStatus; label: string }) {
  return (
    <span className="badge" data-status={status}>
      {label}
    </span>
  );
}
