import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { verifyCredentials } from '@/db/access/login';
import { clientIp } from './client-ip';

export const sessionMaxAgeSeconds = 8 * 60 * 60;

// The secret is read by next-auth from NEXTAUTH_SECRET per request (set at start-up when missing).
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds },
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
          credentials?.username ?? '',
          credentials?.password ?? '',
          clientIp(req.headers ?? {}),
        );
        // The error code travels to /login?error=… where it is shown in Vietnamese.
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
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.uid, sv: token.sv } } as typeof session;
    },
  },
};
