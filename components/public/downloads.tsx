import { fill } from '@/lib/i18n/fill';
import type { PublicText } from '@/lib/i18n/messages/public';

/** Plain links to files: the exports and the open data need no JavaScript and no login. */
export function Downloads({
  year,
  yearClosed,
  t,
  query = '',
}: {
  year: number;
  yearClosed: boolean;
  t: PublicText;
  query?: string;
}) {
  const links = [
    { href: `/api/public/export/targets.csv${query}`, label: t.downloadTargetsCsv },
    { href: `/api/public/export/targets.xlsx${query}`, label: t.downloadTargetsXlsx },
    { href: `/api/public/export/tasks.csv${query}`, label: t.downloadTasksCsv },
    { href: `/api/public/export/tasks.xlsx${query}`, label: t.downloadTasksXlsx },
    { href: `/api/public/summary${query}`, label: t.downloadOpenData },
    // The year-end report is published once the chair has closed the year (an earlier year is closed).
    ...(yearClosed ? [{ href: `/api/public/report/year${query}`, label: fill(t.downloadYearReport, { year }) }] : []),
  ];
  return (
    <section aria-labelledby="downloads-heading" className="space-y-2">
      <h2 id="downloads-heading" className="text-lg font-semibold">
        {t.downloadsHeading}
      </h2>
      <ul className="downloads grid gap-2 sm:grid-cols-3">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
