'use client';

import { useFormStatus } from 'react-dom';

/** A large submit button that says it is working while its form's action runs. */
export function SubmitButton({
  label,
  pendingLabel,
  variant = 'primary',
  name,
  value,
}: {
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  const styles = {
    primary: 'bg-brand-700 text-white hover:bg-brand-800',
    secondary: 'border border-stone-500 bg-white text-stone-900 hover:bg-stone-100',
    danger: 'border border-red-800 bg-white text-red-800 hover:bg-red-50',
  }[variant];
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`min-h-11 rounded px-4 py-2 font-semibold disabled:opacity-60 ${styles}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
