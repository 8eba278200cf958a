import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { recordLogout, verifyCredentials } from '@/db/access/login';
import { safeLocalPath } from '@/lib/safe-path';
import { config } from '../config';
import { clientIp } from './client-ip';

export const sessionMaxAgeSeconds = 8 * 60 * 60;

/** Any redirect next-auth makes stays on this site; a foreign or odd URL lands on /login. */
export function sameSiteRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let candidate: string | null = null;
  if (url.startsWith('/')) {
    candidate = url;
  } else {
    try {
      const parsed = new URL(url);
      if (parsed.origin === base.origin) candidate = `${parsed.pathname}${parsed.search}${parsed.hash}`;
    } catch {
      candidate = null;
    }
  }
  return `${base.origin}${safeLocalPath(candidate, '/login')}`;
}

// The secret is read by next-auth from NEXTAUTH_SECRET per request (set at start-up when missing).
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds },
  // HttpOnly + SameSite=Lax are next-auth's defaults; Secure (and the __Secure- prefix) whenever
  // the public origin is https, i.e. behind TLS.
  useSecureCookies: config().NEXTAUTH_URL.startsWith('https://'),
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: {
        username: { label: 'Tên đăng nhập', type: 'text' },
        password: { label: 'Mật khẩu', type: 'password' },
      },
      async authorize(credentials, req) {
        const result = await verifyCredentials(
          String(credentials?.username ?? ''),
          String(credentials?.password ?? ''),
          clientIp(req.headers ?? {}),
        );
        // The error code travels to the form (or /login?error=…) where it is shown in Vietnamese.
        if (!result.ok) throw new Error(result.code);
        return { id: String(result.userId), sv: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // The token carries the user id and the session version only; everything else is read
    // from the database on every request.
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sv?: number }).sv ?? 0;
      }
      // next-auth adds iat/exp/jti when it encodes; no name, e-mail or picture is carried.
      return { uid: token.uid, sv: token.sv } as typeof token;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.uid, sv: token.sv } } as typeof session;
    },
    redirect({ url, baseUrl }) {
      return sameSiteRedirect(url, baseUrl);
    },
  },
  // One JSON line per problem, without stack traces: a forged or expired cookie is routine noise.
  logger: {
    error(code, metadata) {
      const message = metadata instanceof Error ? metadata.message : (metadata as { message?: string })?.message;
      console.warn(JSON.stringify({ level: 'warn', event: 'auth_error', code, message: message?.slice(0, 200) }));
    },
    warn(code) {
      console.warn(JSON.stringify({ level: 'warn', event: 'auth_warning', code }));
    },
    debug() {},
  },
  events: {
    signOut({ token }) {
      if (typeof token?.uid === 'number') recordLogout(token.uid);
    },
  },
};
