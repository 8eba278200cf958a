'use client';

/** Opens the browser's print dialog (the page's print styles hide everything but the report). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
