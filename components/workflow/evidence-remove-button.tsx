'use client';

import { useActionState } from 'react';
import { initialActionState, type ActionState } from '@/lib/action-state';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  evidenceId: number;
  updateId: number;
  label: string;
  fileName: string;
};

export function EvidenceRemoveButton({ action, evidenceId, updateId, label, fileName }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <input type="hidden" name="updateId" value={updateId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${label}: ${fileName}`}
        className="min-h-9 rounded border border-stone-400 px-2 py-1 text-sm disabled:opacity-60"
      >
        {label}
      </button>
      {state.message ? (
        <span role="status" className="ml-2 text-sm text-red-800">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
