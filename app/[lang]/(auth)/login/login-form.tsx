'use client';

import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import type { authMessages } from '@/lib/i18n/messages/auth';

type Messages = (typeof authMessages)['vi'];

function errorText(code: string | null, t: Messages): string | null {
  if (!code) return null;
  if (code === 'locked') return t.errorLocked;
  if (code === 'throttled') return t.errorThrottled;
  if (code === 'busy') return t.errorBusy;
  if (code === 'unavailable') return t.errorUnavailable;
  if (code === 'invalid' || code === 'CredentialsSignin') return t.errorInvalid;
  return t.errorUnknown;
}

export function LoginForm({
  messages: t,
  callbackUrl,
  loginPath,
  initialError,
}: {
  messages: Messages;
  /** Already checked on the server to be a path of this site; null → the role's own page. */
  callbackUrl: string | null;
  /** This page in its language; it forwards a signed-in user to their role's page. */
  loginPath: string;
  initialError: string | null;
}) {
  const [error, setError] = useState<string | null>(errorText(initialError, t));
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) {
      setError(t.errorRequired);
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      username,
      password,
      redirect: false,
      callbackUrl: callbackUrl ?? loginPath,
    });
    if (result?.ok && !result.error) {
      // A full navigation, so every server component reads the new session; /login itself
      // forwards a signed-in user to their role's page.
      window.location.assign(callbackUrl ?? loginPath);
      return;
    }
    setPending(false);
    setError(errorText(result?.error ?? 'unknown', t));
  }

  return (
    // method="post": a submit before the script has loaded (or without JavaScript) must never put
    // the password into the URL, the history or a server log.
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4" aria-describedby="login-error">
      <div>
        <label htmlFor="username" className="block font-medium mb-1">
          {t.username}
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          className="w-full rounded border border-stone-400 px-3 py-2 text-base"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium mb-1">
          {t.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="w-full rounded border border-stone-400 px-3 py-2 text-base"
        />
      </div>
      <p id="login-error" aria-live="polite" data-testid="login-error" className="min-h-6 text-red-800 font-medium">
        {error}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 text-white font-semibold disabled:opacity-60"
      >
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
