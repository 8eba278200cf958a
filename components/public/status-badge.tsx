import type { TargetStatus } from '@/lib/workflow/target-status';

// Status is told by the word and by the icon's shape; colour only repeats it.
const styles: Record<TargetStatus, string> = {
  met: 'bg-green-100 text-green-900 border-green-700',
  on_track: 'bg-sky-100 text-sky-900 border-sky-700',
  at_risk: 'bg-amber-100 text-amber-950 border-amber-700',
  not_met: 'bg-red-100 text-red-900 border-red-700',
  no_data: 'bg-stone-100 text-stone-800 border-stone-500',
};

export function StatusIcon({ status, className = 'h-4 w-4' }: { status: TargetStatus; className?: string }) {
  const common = { className, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;
  switch (status) {
    case 'met': // a check mark
      return (
        <svg {...common} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M3 8.5l3.2 3.2L13 4.8" />
        </svg>
      );
    case 'on_track': // an arrow going up
      return (
        <svg {...common} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M3 12l5-5 2.5 2.5L14 6M10 5.5h4v4" />
        </svg>
      );
    case 'at_risk': // a warning triangle
      return (
        <svg {...common} fill="currentColor">
          <path d="M8 1.5l7 12.5H1L8 1.5zm-.9 5v3.8h1.8V6.5H7.1zm0 5v1.7h1.8v-1.7H7.1z" />
        </svg>
      );
    case 'not_met': // a cross
      return (
        <svg {...common} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <path d="M4 4l8 8M12 4l-8 8" />
        </svg>
      );
    default: // a dash in a circle
      return (
        <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <circle cx="8" cy="8" r="6" />
          <path d="M5 8h6" />
        </svg>
      );
  }
}

export function StatusBadge({ status, label }: { status: TargetStatus; label: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-medium ${styles[status]}`}
      data-status={status}
      data-testid="target-status"
    >
      <StatusIcon status={status} />
      {label}
    </span>
  );
}
