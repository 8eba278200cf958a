'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { importDraft } from '@/db/access/resolution-drafts';
import { undoPublish } from '@/db/access/resolution-publish';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { localePath } from '@/lib/i18n/locale-path';
import { yearsMessages } from '@/lib/i18n/messages/admin-years';
import { maxResolutionBytes } from '@/lib/resolution';
import { importSchema, undoSchema } from './schema';

/**
 * Reads an uploaded .docx/.txt/.md or the pasted text into a draft and opens its review page.
 * A refusal says why in Vietnamese (empty, too large, a renamed binary, not a resolution, the lines
 * the reader could not place) and writes nothing.
 */
export const importResolutionAction = authedAction(
  ['admin'],
  importSchema,
  async (input, { user, locale, formData }) => {
    const t = yearsMessages[locale];
    const file = formData.get('file');
    // An empty file input still sends a nameless, empty part: only a named file or one with bytes counts,
    // so an empty .docx is read (and refused as empty) while a paste with no file is read as text.
    const named = file instanceof File && file.name !== '' && file.name !== 'undefined';
    const hasFile = file instanceof File && (file.size > 0 || (named && !input.text?.trim()));
    if (hasFile && file.size > maxResolutionBytes) return failure(t.fileTooLarge, { file: t.fileTooLarge });
    const upload = hasFile
      ? { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
      : input.text?.trim()
        ? { text: input.text }
        : null;
    if (!upload) return failure(t.nothingGiven, { file: t.nothingGiven });
    const outcome = await importDraft(user, upload);
    if (!outcome.ok) {
      const issues = outcome.issues.slice(0, 8).map((i) => i.message);
      const message = issues.length ? `${outcome.message.split('\n')[0]}\n${issues.join('\n')}` : outcome.message;
      return failure(message, { [hasFile ? 'file' : 'text']: outcome.message.split('\n')[0]! });
    }
    redirect(localePath(locale, `/admin/resolutions/drafts/${outcome.draftId}`));
  },
);

/** Takes the newest year back to a draft while no update is filed against it. */
export const undoPublishAction = authedAction(['admin'], undoSchema, (input, { user, locale }) => {
  const outcome = undoPublish(user, { resolutionId: input.resolutionId });
  if (!outcome.ok) return failure(outcome.message);
  refresh();
  return success(yearsMessages[locale].undone);
});
