import Link from 'next/link';
import type { CurrentUser } from '@/db/access/session';
import type { Locale } from '@/lib/i18n/locale';
import { fill } from '@/lib/i18n/fill';
import { closingMessages } from '@/lib/i18n/messages/closing';
import { common } from '@/lib/i18n/messages/common';
import { noticeMessages } from '@/lib/i18n/messages/notices';
import { reminderMessages } from '@/lib/i18n/messages/reminders';
import { roleMayOpen } from '@/lib/auth/route-access';
import { localePath } from '@/lib/i18n/locale-path';
import { LogoutButton } from './logout-button';

/** The signed-in user's navigation: only the pages their role may open. */
export function WorkspaceNav({
  user,
  locale,
  noticeCount = 0,
  unreadCount = 0,
}: {
  user: CurrentUser;
  locale: Locale;
  noticeCount?: number;
  /** Unread reminders, notices and comments (the notification list). */
  unreadCount?: number;
}) {
  const t = common[locale];
  const n = noticeMessages[locale];
  const r = reminderMessages[locale];
  // The pages of the route table this role may open; the links do not prefetch: every page
  // behind them is rendered per user on request, and each page view would otherwise start one
  // server render per link.
  const links = [
    // The chair's /dashboard is every organization's overview, not one organization's work.
    { path: '/dashboard', label: user.role === 'chair' ? t.navOverview : t.navDashboard },
    { path: '/approvals', label: t.navApprovals },
    { path: '/reports', label: t.navReports },
    { path: '/approvals/periods', label: closingMessages[locale].nav },
    { path: '/admin', label: t.navAdmin },
    { path: '/admin/periods', label: n.navPeriods },
    { path: '/notifications', label: r.navNotifications },
    { path: '/account', label: t.navAccount },
  ]
    .filter((link) => roleMayOpen(user.role, link.path))
    .map((link) => ({ ...link, href: localePath(locale, link.path) }));
  // The workflow's notices: an officer's returned updates and near deadlines, the chair's queue.
  const badgePath = user.role === 'chair' ? '/approvals' : user.role === 'officer' ? '/dashboard' : null;
  const badgeText = fill(user.role === 'chair' ? n.chairBadge : n.officerBadge, { n: noticeCount });
  return (
    <div className="no-print mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-300 pb-3 text-sm">
      <p className="font-medium" data-testid="current-user">
        {user.displayName}
        {user.organizationName ? <span className="text-stone-600"> · {user.organizationName}</span> : null}
      </p>
      <nav aria-label={t.workspaceNav} className="flex flex-wrap gap-x-4 gap-y-1">
        {links.map((link) => (
          <Link
            key={link.href}
            href={link.href}
            prefetch={false}
            className="py-1.5 text-blue-800 underline-offset-2 hover:underline"
          >
            {link.label}
            {link.path === badgePath && noticeCount > 0 ? (
              <span
                className="ml-1.5 inline-block min-w-6 rounded-full bg-brand-700 px-1.5 text-center text-xs font-bold leading-5 text-white"
                data-testid="notice-badge"
                title={badgeText}
              >
                <span aria-hidden="true">{noticeCount}</span>
                <span className="sr-only">{badgeText}</span>
              </span>
            ) : null}
            {link.path === '/notifications' && unreadCount > 0 ? (
              <span
                className="ml-1.5 inline-block min-w-6 rounded-full bg-red-700 px-1.5 text-center text-xs font-bold leading-5 text-white"
                data-testid="unread-badge"
                title={fill(r.unreadBadge, { n: unreadCount })}
              >
                <span aria-hidden="true">{unreadCount}</span>
                <span className="sr-only">{fill(r.unreadBadge, { n: unreadCount })}</span>
              </span>
            ) : null}
          </Link>
        ))}
      </nav>
      <div className="ml-auto">
        <LogoutButton label={t.logout} loginPath={localePath(locale, '/login')} />
      </div>
    </div>
  );
}
