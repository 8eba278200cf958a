import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DueDateForm } from '@/components/workflow/due-date-form';
import { currentResolution, listPeriods } from '@/db/access/periods';
import { requirePageUser } from '@/db/access/session';
import { formatDate } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import { isLocale } from '@/lib/i18n/locale';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { periodsAdminMessages } from '@/lib/i18n/messages/periods-admin';
import { formatPeriod } from '@/lib/period-label';
import { AdminNav } from '../admin-nav';
import { updateDueDateAction } from './actions';

export const metadata: Metadata = { title: 'Kỳ báo cáo' };

export default async function PeriodsAdminPage({ params }: PageProps<'/[lang]/admin/periods'>) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  await requirePageUser('/admin/periods');
  const t = periodsAdminMessages[lang];
  const resolution = currentResolution();
  const periods = resolution ? listPeriods(resolution.id) : [];
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <AdminNav t={adminMessages[lang]} current="periods" locale={lang} />
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="text-stone-700">{t.intro}</p>
      {!resolution ? <p>{t.none}</p> : null}
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white" data-testid="periods">
        {periods.map((p) => (
          <li key={p.id} className="grid gap-1 p-3 sm:grid-cols-[10rem_1fr]">
            <div>
              <p className="font-semibold">{formatPeriod(p.code, lang)}</p>
              <p className="text-sm text-stone-700">
                {formatDate(p.startsOn, lang)} – {formatDate(p.endsOn, lang)}
              </p>
            </div>
            <DueDateForm
              action={updateDueDateAction}
              periodId={p.id}
              code={p.code}
              dueOn={p.dueOn}
              minDate={p.endsOn}
              label={fill(t.dueFor, { period: formatPeriod(p.code, lang) })}
              saveLabel={t.save}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
