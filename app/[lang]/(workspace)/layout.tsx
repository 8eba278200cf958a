import { notFound } from 'next/navigation';
import { WorkspaceNav } from '@/components/workspace-nav';
import { getNotices, noticeCount } from '@/db/access/notices';
import { countUnread } from '@/db/access/notifications';
import { getCurrentUser, redirectToLogin } from '@/db/access/session';
import { isLocale } from '@/lib/i18n/locale';
import { wardToday } from '@/lib/workflow/calendar';

// Per user, never cached: the root layout's static params would otherwise make these ISR pages.
export const dynamic = 'force-dynamic';

// Every page below checks its own role again through the access layer; this only frames them.
export default async function WorkspaceLayout({ children, params }: LayoutProps<'/[lang]'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await getCurrentUser();
  // An expired or invalidated session cookie gets past the proxy's check and is noticed here.
  if (!user) return redirectToLogin();
  return (
    <div data-workspace>
      <WorkspaceNav
        user={user}
        locale={lang}
        noticeCount={noticeCount(getNotices(user, wardToday()))}
        unreadCount={countUnread(user)}
      />
      {children}
    </div>
  );
}
