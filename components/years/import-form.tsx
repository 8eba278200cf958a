'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/action-state';
import type { YearsMessages } from '@/lib/i18n/messages/admin-years';

/**
 * The upload (.docx/.txt/.md) or the pasted text. A file over the limit is stopped here before it is
 * sent; the server checks everything again (size, content, that it reads as a resolution).
 */
export function ImportForm({
  action,
  t,
  maxBytes,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  t: YearsMessages;
  maxBytes: number;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const [tooLarge, setTooLarge] = useState(false);
  const check = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file');
    const large = file instanceof File && file.size > maxBytes;
    setTooLarge(large);
    if (large) event.preventDefault();
  };
  const fileError = tooLarge ? t.fileTooLarge : state.fieldErrors.file;
  return (
    <form action={formAction} onSubmit={check} noValidate className="max-w-2xl space-y-3" data-testid="import-form">
      <FormField id="file" label={t.fileLabel} hint={t.fileHint} error={fileError}>
        {(aria) => <input {...aria} type="file" name="file" accept=".docx,.txt,.md" />}
      </FormField>
      <FormField id="text" label={t.textLabel} hint={t.textHint} error={state.fieldErrors.text}>
        {(aria) => <textarea {...aria} name="text" rows={6} lang="vi" defaultValue={state.values.text ?? ''} />}
      </FormField>
      <SubmitButton label={t.importButton} pendingLabel={t.importing} />
      <div className="whitespace-pre-line">
        <FormMessage ok={state.ok} message={tooLarge ? t.fileTooLarge : state.message} testId="import-message" />
      </div>
    </form>
  );
}
