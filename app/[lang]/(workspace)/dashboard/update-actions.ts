'use server';

import { redirect } from 'next/navigation';
import { removeEvidence } from '@/db/access/evidence';
import { saveUpdate } from '@/db/access/updates';
import { authedAction, failure } from '@/db/access/authed-action';
import { formatNumber } from '@/lib/format';
import { workflowErrorText } from '@/lib/i18n/messages/workflow-errors';
import { workflowMessages } from '@/lib/i18n/messages/workflow';
import { errorField } from '@/lib/workflow/errors';
import { evidenceRemovalSchema, updateSchema } from './update-schema';
import { localePath } from '@/lib/i18n/locale-path';

/** Save a draft or submit it; on success the update's own page opens with a confirmation. */
export const saveUpdateAction = authedAction(['officer'], updateSchema, (input, { user, locale }) => {
  const { intent, ...update } = input;
  const result = saveUpdate(user, update, intent);
  if (!result.ok) {
    const bound = result.bound !== undefined ? formatNumber(result.bound, locale) : undefined;
    const message = workflowErrorText(result.code, locale, bound);
    const field = errorField(result.code);
    const state = failure(message, field ? { [field]: message } : {});
    // The form offers a link to the update that already exists for the period.
    if (result.existingId) state.fieldErrors.existingId = String(result.existingId);
    if (result.code === 'stale_version') state.fieldErrors.conflict = '1';
    return state;
  }
  redirect(
    localePath(locale, `/dashboard/updates/${result.id}?done=${result.state === 'submitted' ? 'submitted' : 'saved'}`),
  );
});

export const removeEvidenceAction = authedAction(['officer'], evidenceRemovalSchema, (input, { user, locale }) => {
  const result = removeEvidence(user, input.evidenceId);
  if (!result.ok) return failure(workflowMessages[locale][`evidence_${result.code}`]);
  redirect(localePath(locale, `/dashboard/updates/${input.updateId}?evidence=removed`));
});
