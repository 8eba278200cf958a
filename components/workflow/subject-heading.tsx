import type { Subject } from '@/db/access/subjects';
import { formatTargetBound } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { workflowMessages, type WorkflowMessages } from '@/lib/i18n/messages/workflow';

/** What an update is about, as the resolution writes it. */
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
          <strong>
            {formatTargetBound(subject.targetValue, subject.unit, subject.direction, locale, subject.targetHigh)}
          </strong>
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
      <FoldedText text={subject.text} id={`task-text-${subject.id}`} t={t} />
    </div>
  );
}

/** Longer than this many characters, a paragraph folds on a phone (it would fill the screen above the form). */
const foldFrom = 280;

/**
 * The resolution's paragraph as written. On a narrow screen a long one shows its first lines and
 * "Xem toàn văn" unfolds it: a checkbox and CSS (`.ws-fold-text` in app/workspace-lists.css), so
 * it works without client JavaScript; on a wide screen the whole text shows and the toggle hides.
 */
function FoldedText({ text, id, t }: { text: string; id: string; t: WorkflowMessages }) {
  if (text.length < foldFrom) return <p className="whitespace-pre-line">{text}</p>;
  return (
    <div className="ws-fold-text">
      <input type="checkbox" id={id} className="sr-only" />
      <p className="whitespace-pre-line" data-testid="subject-text">
        {text}
      </p>
      <label htmlFor={id}>
        <span className="more">{t.showFullText}</span>
        <span className="less">{t.showLessText}</span>
      </label>
    </div>
  );
}
