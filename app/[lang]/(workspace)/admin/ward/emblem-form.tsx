'use client';

import { useActionState } from 'react';
import { FormField, FormMessage } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/action-state';
import type { WardMessages } from '@/lib/i18n/messages/ward';
import { saveEmblemAction } from './actions';

/** Upload or remove the emblem; the picture shown is the one the public pages use. */
export function EmblemForm({ t, emblemSrc, alt }: { t: WardMessages; emblemSrc: string | null; alt: string }) {
  const [state, action] = useActionState(saveEmblemAction, initialActionState);
  return (
    <div className="max-w-xl space-y-3" data-testid="emblem-section">
      <p className="font-medium">{t.emblemCurrent}</p>
      {emblemSrc ? (
        // A small image of the site's own: no need for next/image's optimiser here.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={emblemSrc} alt={alt} width={64} height={64} className="h-16 w-16 object-contain" />
      ) : (
        <p className="text-stone-600">{t.emblemNone}</p>
      )}
      <form action={action} className="space-y-3">
        <FormField id="emblem" label={t.emblem} hint={t.emblemHint} error={state.fieldErrors.emblem}>
          {(aria) => <input {...aria} type="file" name="emblem" accept="image/png,image/jpeg,image/webp" />}
        </FormField>
        <FormMessage ok={state.ok} message={state.message} testId="emblem-message" />
        <div className="flex flex-wrap gap-3">
          <SubmitButton label={t.emblemUpload} pendingLabel={t.saving} name="intent" value="upload" />
          {emblemSrc ? (
            <SubmitButton
              label={t.emblemRemove}
              pendingLabel={t.saving}
              variant="secondary"
              name="intent"
              value="remove"
            />
          ) : null}
        </div>
      </form>
    </div>
  );
}
