import type { Role } from '@/lib/domain';

/**
 * Which role reaches which page of the workspace: the one table the proxy (early login redirect),
 * the workspace navigation and the page guards read. Paths are the Vietnamese ones, without the
 * language (see localePath); `*` stands for one segment. The most specific pattern wins. Pages not
 * listed here are public. The data layer checks role and scope again on every call.
 */
const routeRoles: readonly { pattern: string; roles: readonly Role[] }[] = [
  { pattern: '/dashboard', roles: ['officer', 'chair'] },
  { pattern: '/dashboard/targets/*/update', roles: ['officer'] },
  { pattern: '/dashboard/tasks/*/update', roles: ['officer'] },
  { pattern: '/approvals', roles: ['chair'] },
  { pattern: '/reports', roles: ['chair'] },
  { pattern: '/admin', roles: ['admin'] },
  { pattern: '/account', roles: ['officer', 'chair', 'admin'] },
  { pattern: '/notifications', roles: ['officer', 'chair', 'admin'] },
];

function segments(path: string): string[] {
  return path.split(/[?#]/, 1)[0]!.split('/').filter(Boolean);
}

/** How many leading segments of `path` the pattern matches; -1 when it does not. */
function matchLength(pattern: string, path: string[]): number {
  const parts = segments(pattern);
  if (parts.length > path.length) return -1;
  return parts.every((part, i) => part === '*' || part === path[i]) ? parts.length : -1;
}

/** The first segment of every workspace page ("/dashboard", "/admin", …), for robots.txt. */
export const workspacePrefixes: readonly string[] = [
  ...new Set(routeRoles.map((route) => `/${segments(route.pattern)[0]}`)),
];

/** The roles that may open a page (path without language); null for a public page. */
export function rolesForPath(path: string): readonly Role[] | null {
  const asked = segments(path);
  let best: { length: number; roles: readonly Role[] } | null = null;
  for (const route of routeRoles) {
    const length = matchLength(route.pattern, asked);
    if (length > (best?.length ?? 0)) best = { length, roles: route.roles };
  }
  return best?.roles ?? null;
}

/** True for a page that needs a signed-in user. */
export function isWorkspacePath(path: string): boolean {
  return rolesForPath(path) !== null;
}

/** True when `role` may open the page at `path` (public pages: everyone). */
export function roleMayOpen(role: Role, path: string): boolean {
  const roles = rolesForPath(path);
  return roles === null || roles.includes(role);
}
