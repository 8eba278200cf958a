import type { Subject } from '@/db/access/subjects';
import { formatTargetBound } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { workflowMessages } from '@/lib/i18n/messages/workflow';

/** What a report is about, as the resolution writes it. */
export function SubjectHeading({ subject, locale }: { subject: Subject; locale: Locale }) {
  const t = workflowMessages[locale];
  if (subject.kind === 'target') {
    return (
      <div className="rounded border border-stone-300 bg-white p-3">
        <p className="font-mono text-sm text-stone-700">
          {t.kind_target} {subject.code}
        </p>
        <p className="text-lg font-semibold">{subject.name}</p>
        <p>
          <span className="text-stone-700">{t.target}: </span>
          <strong>{formatTargetBound(subject.targetValue, subject.unit, subject.direction, locale)}</strong>
          {subject.extra ? ` (${subject.extra})` : ''}
        </p>
      </div>
    );
  }
  return (
    <div className="rounded border border-stone-300 bg-white p-3">
      <p className="font-mono text-sm text-stone-700">
        {t.kind_task} {subject.code}
      </p>
      <p className="whitespace-pre-line">{subject.text}</p>
    </div>
  );
}
