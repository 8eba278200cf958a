import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import type { AdminMessages } from '@/lib/i18n/messages/admin';

type Section =
  'accounts' | 'assignments' | 'resolutions' | 'warnings' | 'periods' | 'report-settings' | 'ward' | 'outbox';

/** The administrator's sections; the current one is marked for screen readers and by an underline. */
export function AdminNav({ t, current, locale }: { t: AdminMessages; current: Section; locale: Locale }) {
  const links: { section: Section; href: string; label: string }[] = [
    { section: 'accounts', href: '/admin', label: t.navAccounts },
    { section: 'assignments', href: '/admin/assignments', label: t.navAssignments },
    { section: 'resolutions', href: '/admin/resolutions', label: t.navResolutions },
    { section: 'warnings', href: '/admin/warnings', label: t.navWarnings },
    { section: 'periods', href: '/admin/periods', label: t.navPeriods },
    { section: 'report-settings', href: '/admin/report-settings', label: t.navReportSettings },
    { section: 'ward', href: '/admin/ward', label: t.navWard },
    { section: 'outbox', href: '/admin/outbox', label: t.navOutbox },
  ];
  return (
    <nav aria-label={t.title} className="mb-4 flex flex-wrap gap-2 text-sm">
      {links.map((link) => (
        <Link
          key={link.section}
          href={localePath(locale, link.href)}
          aria-current={link.section === current ? 'page' : undefined}
          className="rounded border border-stone-300 bg-white px-3 py-2 text-blue-800 aria-[current=page]:border-brand-700 aria-[current=page]:font-semibold aria-[current=page]:underline"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
