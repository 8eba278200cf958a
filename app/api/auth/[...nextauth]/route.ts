import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { formBodyLimitBytes, refuseOversizedBody } from '@/lib/request-limits';

const handler = NextAuth(authOptions);

/** Sign-in and sign-out forms are a few hundred bytes: a large body is refused unread. */
function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return refuseOversizedBody(request, formBodyLimitBytes) ?? handler(request, context);
}

export { handler as GET, POST };
