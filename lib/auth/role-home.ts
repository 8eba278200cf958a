import type { Role } from '@/lib/domain';

/** Where each role lands after logging in (and when it opens /login while logged in); see localePath. */
export function roleHome(role: Role): string {
  if (role === 'admin') return '/admin';
  if (role === 'chair') return '/approvals';
  return '/dashboard';
}
