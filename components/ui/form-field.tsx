import type { ReactNode } from 'react';

const inputClass =
  'w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700';

type FieldProps = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (aria: { id: string; 'aria-describedby': string; 'aria-invalid': boolean; className: string }) => ReactNode;
};

/**
 * A labelled control with its hint and an aria-live error line that the control points at
 * (aria-describedby), so a screen reader hears the Vietnamese message next to the field.
 */
export function FormField({ id, label, error, hint, children }: FieldProps) {
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : '';
  return (
    <div>
      <label htmlFor={id} className="block font-medium mb-1">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-600 mb-1">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-describedby': `${hintId} ${errorId}`.trim(),
        'aria-invalid': !!error,
        className: inputClass,
      })}
      <p id={errorId} aria-live="polite" className="min-h-5 text-sm text-red-800" data-testid={`${id}-error`}>
        {error}
      </p>
    </div>
  );
}

/** The whole form's outcome; success and failure differ by words and icon, not colour alone. */
export function FormMessage({ ok, message, testId }: { ok: boolean; message: string | null; testId: string }) {
  return (
    <p
      aria-live="polite"
      data-testid={testId}
      className={`min-h-6 font-medium ${ok ? 'text-green-800' : 'text-red-800'}`}
    >
      {message ? `${ok ? '✓ ' : '⚠ '}${message}` : null}
    </p>
  );
}
