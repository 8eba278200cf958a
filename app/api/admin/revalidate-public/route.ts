import { AuthError, requireUser } from '@/db/access/session';
import { writeAudit } from '@/db/access/audit';
import { getDb } from '@/db/client';
import { clientIp } from '@/lib/auth/client-ip';
import { revalidatePublicPages } from '@/lib/revalidate-public';

/**
 * POST /api/admin/revalidate-public — the administrator re-renders the public pages after the
 * database changed outside the app (a restore, a maintenance script); approvals do it themselves.
 */
export async function POST(request: Request) {
  try {
    const user = await requireUser(['admin']);
    getDb().transaction((tx) => {
      writeAudit(tx, {
        actorId: user.id,
        action: 'public.revalidate',
        entityType: 'public_pages',
        ip: clientIp(request.headers),
      });
    });
  } catch (error) {
    if (error instanceof AuthError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
  revalidatePublicPages();
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}
