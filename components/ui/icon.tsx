// Small inline SVG icons drawn in the text colour. Emoji and rare symbols (⏰ ↩ ⚠) render as empty
// boxes on office PCs without an emoji font; an SVG looks the same everywhere and prints.

const paths = {
  returned: 'M6 3L2.5 6.5 6 10M2.5 6.5H10a3.5 3.5 0 010 7H7',
  clock: 'M8 1.8a6.2 6.2 0 100 12.4A6.2 6.2 0 008 1.8zM8 4.5V8l2.5 1.8',
  warning: 'M8 1.8l6.5 12H1.5zM8 6.5v3.2M8 11.8v.1',
  check: 'M3 8.5l3.2 3.2L13 4.8',
  cross: 'M4 4l8 8M12 4l-8 8',
  pause: 'M5.5 3v10M10.5 3v10',
} as const;

export type IconName = keyof typeof paths;

/** A decorative icon beside words that say the same thing (hidden from screen readers). */
export function Icon({ name, className = '' }: { name: IconName; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={`inline-block shrink-0 align-[-0.125em] ${className}`}
      data-icon={name}
    >
      <path d={paths[name]} />
    </svg>
  );
}
