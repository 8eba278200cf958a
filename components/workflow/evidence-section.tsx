import type { EvidenceItem } from '@/db/access/update-view';
import type { ActionState } from '@/lib/action-state';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { EvidenceRemoveButton } from './evidence-remove-button';

type Props = {
  updateId: number;
  files: EvidenceItem[];
  editable: boolean;
  locale: Locale;
  flash: string | null;
  removeAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

const accept = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,application/pdf,image/*';

/** The update's evidence: download links for its readers; upload and remove while it is open. */
export function EvidenceSection({ updateId, files, editable, locale, flash, removeAction }: Props) {
  const t = workflowMessages[locale];
  const flashText =
    flash === 'added'
      ? t.evidenceAdded
      : flash === 'removed'
        ? t.evidenceRemoved
        : flash && `evidence_${flash}` in t
          ? t[`evidence_${flash}` as keyof typeof t]
          : null;
  const ok = flash === 'added' || flash === 'removed';
  return (
    <section aria-labelledby="evidence-title" className="space-y-2 rounded border border-stone-300 bg-white p-3">
      <h2 id="evidence-title" className="text-lg font-semibold">
        {t.evidence}
      </h2>
      {flashText ? (
        <p
          role="status"
          data-testid="evidence-message"
          className={ok ? 'font-medium text-green-900' : 'font-medium text-red-800'}
        >
          {flashText}
        </p>
      ) : null}
      {files.length === 0 ? <p className="text-stone-700">{t.evidenceNone}</p> : null}
      <ul className="space-y-1" data-testid="evidence-list">
        {files.map((f) => (
          <li key={f.id} className="flex flex-wrap items-center gap-2">
            <a href={`/api/evidence/${f.id}`} className="py-1 text-blue-800 underline">
              {f.fileName}
            </a>
            <span className="text-sm text-stone-600">{formatNumber(f.size / 1024, locale, 0)} KB</span>
            {editable ? (
              <EvidenceRemoveButton
                action={removeAction}
                evidenceId={f.id}
                updateId={updateId}
                label={t.evidenceRemove}
                fileName={f.fileName}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <form
          method="post"
          action={`/api/evidence?update=${updateId}&lang=${locale}`}
          encType="multipart/form-data"
          className="space-y-2"
        >
          <label htmlFor="evidence-file" className="block font-medium">
            {t.evidenceFile}
          </label>
          <input
            id="evidence-file"
            name="file"
            type="file"
            accept={accept}
            required
            aria-describedby="evidence-hint"
            className="block w-full text-base"
          />
          <p id="evidence-hint" className="text-sm text-stone-700">
            {t.evidenceHint}
          </p>
          <button
            type="submit"
            className="min-h-11 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800"
          >
            {t.evidenceUpload}
          </button>
        </form>
      ) : null}
    </section>
  );
}
