import { Icon } from '@/components/ui/icon';
import { acknowledgeAction } from '@/app/[lang]/(workspace)/admin/resolutions/drafts/[id]/actions';
import { fill } from '@/lib/i18n/fill';
import type { YearsMessages } from '@/lib/i18n/messages/admin-years';
import type { ReviewWarning } from '@/lib/years/draft-doc';
import { DraftForm } from './draft-form';

/** The reader's warnings where they apply, each with its state and, while open, an acknowledgement. */
export function WarningList({
  warnings,
  draft,
  t,
}: {
  warnings: ReviewWarning[];
  draft: { id: number; version: number };
  t: YearsMessages;
}) {
  if (!warnings.length) return null;
  return (
    <ul className="space-y-2">
      {warnings.map((w) => (
        <li
          key={w.id}
          data-testid="draft-warning"
          data-status={w.status}
          className={`rounded border px-3 py-2 ${w.status === 'open' ? 'border-amber-700 bg-amber-50' : 'border-stone-300 bg-stone-50'}`}
        >
          <p lang="vi">
            <Icon name={w.status === 'open' ? 'warning' : 'check'} /> {w.message}
          </p>
          <p className="text-sm text-stone-700">
            {w.status === 'open' ? t.warningOpen : w.status === 'resolved' ? t.warningResolved : t.warningAcknowledged}
            {w.line !== null ? ` · ${fill(t.sourceLine, { line: w.line })}` : ''}
          </p>
          {w.status === 'open' ? (
            <DraftForm
              action={acknowledgeAction}
              hidden={{ ...draft, warning: w.id }}
              idPrefix={`ack-${w.id}`}
              testId="ack-form"
              submit={t.acknowledge}
              pending={t.saving}
              inline
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
