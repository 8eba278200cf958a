import type { Role } from '@/db/access/session';

/** Where each role lands after logging in (and when it opens /login while logged in). */
export function roleHome(role: Role): string {
  if (role === 'admin') return '/admin';
  if (role === 'chair') return '/approvals';
  return '/dashboard';
}
