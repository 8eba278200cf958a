'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { removeEmblem, saveEmblem, updateWardIdentity } from '@/db/access/ward-identity';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { formMessages } from '@/lib/i18n/messages/forms';
import { wardMessages } from '@/lib/i18n/messages/ward';
import { revalidatePublicPages } from '@/lib/revalidate-public';
import { emblemMaxBytes, wardIdentitySchema } from '@/lib/ward/ward-identity';

// The ward's name and emblem appear on every public page and in the open data: a change is a
// change of the public data.
export const saveWardIdentityAction = authedAction(['admin'], wardIdentitySchema, (input, { user, locale, ip }) => {
  const t = wardMessages[locale];
  const result = updateWardIdentity(user, input, { ip, locale });
  if (!result.ok) return failure(formMessages[locale].invalid, result.fieldErrors);
  if (result.changed.length > 0) revalidatePublicPages();
  refresh();
  return success(result.changed.length === 0 ? t.unchanged : t.saved);
});

const emblemSchema = () => z.object({ intent: z.enum(['upload', 'remove']).default('upload') });

export const saveEmblemAction = authedAction(['admin'], emblemSchema, async (input, { user, locale, ip, formData }) => {
  const t = wardMessages[locale];
  if (input.intent === 'remove') {
    removeEmblem(user, { ip });
    revalidatePublicPages();
    refresh();
    return success(t.emblemRemoved);
  }
  const file = formData.get('emblem');
  if (!(file instanceof File) || file.size === 0) return failure(t.emblemMissing, { emblem: t.emblemMissing });
  // Refused before reading: the action's own body limit is far larger than an emblem.
  if (file.size > emblemMaxBytes) return failure(t.emblemTooLarge, { emblem: t.emblemTooLarge });
  const result = saveEmblem(user, new Uint8Array(await file.arrayBuffer()), { ip });
  if (!result.ok) {
    const message = { missing: t.emblemMissing, too_large: t.emblemTooLarge, type: t.emblemType }[result.code];
    return failure(message, { emblem: message });
  }
  revalidatePublicPages();
  refresh();
  return success(t.emblemSaved);
});
