import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChairOverviewView } from '@/components/workflow/chair-overview';
import { OfficerDashboardView } from '@/components/workflow/officer-dashboard';
import { ReopeningsList } from '@/components/workflow/reopenings-list';
import { getChairOverview, getOfficerDashboard } from '@/db/access/dashboard';
import { getNotices } from '@/db/access/notices';
import { listOrganizationReopenings } from '@/db/access/period-closing';
import { requirePageUser } from '@/db/access/session';
import { isLocale } from '@/lib/i18n/locale';
import { dashboardMessages } from '@/lib/i18n/messages/dashboard';
import { wardToday } from '@/lib/workflow/calendar';

export const metadata: Metadata = { title: 'Công việc của đơn vị' };

// An officer sees their organization's work. The chair, who belongs to no reporting
// organization, sees every organization's reporting at a glance (the queue is /approvals).
export default async function DashboardPage({ params, searchParams }: PageProps<'/[lang]/dashboard'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const user = await requirePageUser('/dashboard');
  const today = wardToday();
  if (user.role === 'chair') {
    const overview = getChairOverview(user, today);
    if (!overview) return <p>{dashboardMessages[lang].noResolution}</p>;
    return <ChairOverviewView data={overview} locale={lang} />;
  }
  const { open, show } = await searchParams;
  const dueFilter = show === 'target' || show === 'task' ? show : 'all';
  const openPage = typeof open === 'string' && /^\d{1,6}$/.test(open) ? Number(open) : 1;
  const data = getOfficerDashboard(user, today, openPage);
  if (!data) return <p>{dashboardMessages[lang].noResolution}</p>;
  const notices = getNotices(user, today);
  const officerNotices = notices?.role === 'officer' ? notices : { returned: 0, approaching: [] };
  const reopenings = user.organizationId === null ? [] : listOrganizationReopenings(user, user.organizationId);
  return (
    <>
      <OfficerDashboardView
        data={data}
        locale={lang}
        orgName={user.organizationName ?? ''}
        returned={officerNotices.returned}
        approaching={officerNotices.approaching}
        dueFilter={dueFilter}
      />
      {/* The organization's record of closed periods reopened for it (its history of late filing). */}
      <div className="mt-6">
        <ReopeningsList rows={reopenings} locale={lang} />
      </div>
    </>
  );
}
