import Link from 'next/link';
import type { CurrentUser } from '@/db/access/session';
import type { Locale } from '@/lib/i18n/locale';
import { common } from '@/lib/i18n/messages/common';
import { LogoutButton } from './logout-button';

/** The signed-in user's navigation: only the pages their role may open. */
export function WorkspaceNav({ user, locale }: { user: CurrentUser; locale: Locale }) {
  const t = common[locale];
  const links: { href: string; label: string }[] = [];
  if (user.role === 'officer' || user.role === 'chair') links.push({ href: '/dashboard', label: t.navDashboard });
  if (user.role === 'chair') links.push({ href: '/approvals', label: t.navApprovals }, { href: '/reports', label: t.navReports });
  if (user.role === 'admin') links.push({ href: '/admin', label: t.navAdmin });
  links.push({ href: '/account', label: t.navAccount });
  return (
    <div className="no-print mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-300 pb-3 text-sm">
      <p className="font-medium" data-testid="current-user">
        {user.displayName}
        {user.organizationName ? <span className="text-stone-600"> · {user.organizationName}</span> : null}
      </p>
      <nav aria-label={t.navAccount} className="flex flex-wrap gap-x-4 gap-y-1">
        {links.map((link) => (
          <Link key={link.href} href={link.href} className="py-1.5 text-blue-800 underline-offset-2 hover:underline">
            {link.label}
          </Link>
        ))}
      </nav>
      <div className="ml-auto">
        <LogoutButton label={t.logout} />
      </div>
    </div>
  );
}
