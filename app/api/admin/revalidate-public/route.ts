import { authedRoute } from '@/db/access/authed-route';
import { recordPublicRevalidation } from '@/db/access/public-revalidation';
import { clientIp } from '@/lib/auth/client-ip';
import { revalidatePublicPages } from '@/lib/revalidate-public';

/**
 * POST /api/admin/revalidate-public — the administrator re-renders the public pages after the
 * database changed outside the app (a restore, a maintenance script); approvals do it themselves.
 */
export const POST = authedRoute(['admin'], (request, user) => {
  recordPublicRevalidation(user, clientIp(request.headers));
  revalidatePublicPages();
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
});
