import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { cookies, headers } from 'next/headers';
import { recordLogout, verifyCredentials, type LoginFailureCode } from './login';
import { loadActiveUser } from './session';
import { logError } from '@/lib/log';
import { safeLocalPath } from '@/lib/safe-path';
import { config } from '@/lib/config';
import { clientIp } from '@/lib/auth/client-ip';
import {
  knownDeviceCookie,
  knownDeviceId,
  knownDeviceMaxAgeSeconds,
  knownDevicePath,
  knownDeviceValue,
} from '@/lib/auth/known-device';
import { normaliseUsername } from '@/lib/auth/login-rules';

export const sessionMaxAgeSeconds = 8 * 60 * 60;

const useSecureCookies = config().NEXTAUTH_URL.startsWith('https://');

/**
 * The codes a refused sign-in may carry to the form and to /login?error=…; anything else that
 * went wrong (a read-only or missing database, a bug) is logged and becomes 'unavailable', so no
 * internal message ever reaches a URL.
 */
export const signInErrorCodes = ['invalid', 'locked', 'throttled', 'busy', 'unavailable'] as const;
export type SignInErrorCode = (typeof signInErrorCodes)[number];

type Headers = Record<string, string | string[] | undefined>;

async function rememberDevice(username: string, known: string | null): Promise<void> {
  const value = knownDeviceValue(username, known);
  if (!value) return;
  try {
    (await cookies()).set(knownDeviceCookie, value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: useSecureCookies,
      path: knownDevicePath,
      maxAge: knownDeviceMaxAgeSeconds,
    });
  } catch {
    // Outside a request (a unit test): nothing to remember.
  }
}

/** next-auth's `authorize`: a user for next-auth, or an Error whose message is a SignInErrorCode. */
export async function authorizeCredentials(
  credentials: Record<string, unknown> | undefined,
  headers: Headers,
): Promise<{ id: string; sv: number }> {
  let code: LoginFailureCode | 'unavailable';
  try {
    const username = normaliseUsername(String(credentials?.username ?? ''));
    const cookieHeader = headers.cookie;
    const knownDevice = knownDeviceId(Array.isArray(cookieHeader) ? cookieHeader.join('; ') : cookieHeader, username);
    const result = await verifyCredentials(username, String(credentials?.password ?? ''), {
      ip: clientIp(headers),
      knownDevice,
    });
    if (result.ok) {
      await rememberDevice(username, knownDevice);
      return { id: String(result.userId), sv: result.sessionVersion };
    }
    code = result.code;
  } catch (error) {
    logError('sign_in_failed', error);
    code = 'unavailable';
  }
  throw new Error(code);
}

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
  useSecureCookies,
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: {
        username: { label: 'Tên đăng nhập', type: 'text' },
        password: { label: 'Mật khẩu', type: 'password' },
      },
      // The error code travels to the form (or /login?error=…) where it is shown in Vietnamese.
      authorize: (credentials, req) => authorizeCredentials(credentials, (req.headers ?? {}) as Headers),
    }),
  ],
  callbacks: {
    // The token carries the user id and the session version only; everything else is read
    // from the database on every request.
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sv?: number }).sv ?? 0;
      } else if (
        typeof token.uid !== 'number' ||
        typeof token.sv !== 'number' ||
        !loadActiveUser(token.uid, token.sv)
      ) {
        // A dead token (account disabled, logged out, password changed, moved): next-auth answers
        // /api/auth/session with no session and clears the cookie, instead of re-signing it.
        throw new Error('session ended');
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
    async signOut({ token }) {
      if (typeof token?.uid !== 'number' || typeof token.sv !== 'number') return;
      let ip: string | null = null;
      try {
        ip = clientIp(await headers());
      } catch {
        ip = null;
      }
      recordLogout(token.uid, token.sv, ip);
    },
  },
};
