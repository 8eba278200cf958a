'use client';

import { signOut } from 'next-auth/react';

export function LogoutButton({ label, loginPath }: { label: string; loginPath: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: loginPath })}
      className="rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100"
      data-testid="logout"
    >
      {label}
    </button>
  );
}
