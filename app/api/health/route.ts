import { checkDatabase } from '@/db/access/health';

export function GET() {
  try {
    checkDatabase();
    return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', event: 'health_check_failed', message: String(error) }));
    return Response.json({ ok: false }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
