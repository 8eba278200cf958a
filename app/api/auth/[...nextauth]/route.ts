import NextAuth from 'next-auth';
import { authConfig } from '@/lib/auth/auth-config';
import { hashGateLoad } from '@/lib/auth/hash-gate';
import { authOptions } from '@/db/access/auth-options';
import { formBodyLimitBytes, refuseOversizedBody } from '@/lib/request-limits';

const handler = NextAuth(authOptions);

/**
 * While every password-check slot and the queue behind them are taken, a sign-in is told "busy"
 * before next-auth does any work for it (a storm then costs each request little more than a
 * health check): JSON for the login form's script, a redirect for a plain form post.
 */
async function busyAnswer(request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith('/callback/credentials')) return null;
  if (hashGateLoad().waiting < authConfig().AUTH_HASH_QUEUE) return null;
  const wantsJson = new URLSearchParams(await request.text()).get('json') === 'true';
  // Absolute, as next-auth's own answers are (the login form reads its `error` parameter).
  const location = new URL('/login?error=busy', process.env.NEXTAUTH_URL ?? request.url).toString();
  return wantsJson
    ? Response.json({ url: location }, { headers: { 'Cache-Control': 'no-store' } })
    : new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
}

/** Sign-in and sign-out forms are a few hundred bytes: a large body is refused unread. */
async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return refuseOversizedBody(request, formBodyLimitBytes) ?? (await busyAnswer(request)) ?? handler(request, context);
}

export { handler as GET, POST };
