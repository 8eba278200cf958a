'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { discardDraft, editDraft, type EditOutcome } from '@/db/access/resolution-drafts';
import { publishDraft } from '@/db/access/resolution-publish';
import { authedAction, failure, success } from '@/db/access/authed-action';
import type { ActionState } from '@/lib/action-state';
import type { Locale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';
import { yearsMessages } from '@/lib/i18n/messages/admin-years';
import {
  acknowledgeWarning,
  chooseLink,
  confirmProposedLinks,
  editHeader,
  editReview,
  editTarget,
  editTask,
} from '@/lib/years/draft-edits';
import {
  headerSchema,
  linkSchema,
  ownersFrom,
  refSchema,
  reviewSchema,
  targetSchema,
  taskSchema,
  warningCodeSchema,
  warningSchema,
} from '../../schema';

function answer(outcome: EditOutcome, locale: Locale): ActionState {
  const t = yearsMessages[locale];
  if (outcome.ok) {
    refresh();
    return success(t.saved);
  }
  if (outcome.code === 'refused') return failure(outcome.message ?? t.stale);
  return failure(outcome.code === 'not_found' ? t.notDraft : t.stale);
}

export const saveTargetAction = authedAction(['admin'], targetSchema, (input, { user, locale }) => {
  const owners = ownersFrom(input);
  const outcome = editDraft(user, { id: input.id, version: input.version, action: 'target' }, (doc) =>
    editTarget(doc, input.code, {
      name: input.name,
      category: input.category,
      targetValue: input.targetValue,
      targetHigh: input.targetHigh,
      unit: input.unit,
      direction: input.direction,
      extra: input.extra,
      errata: input.errata,
      owners,
    }),
  );
  return answer(outcome, locale);
});

export const saveTaskAction = authedAction(['admin'], taskSchema, (input, { user, locale }) => {
  const outcome = editDraft(user, { id: input.id, version: input.version, action: 'task' }, (doc) =>
    editTask(doc, input.code, { text: input.text, errata: input.errata, owners: ownersFrom(input) }),
  );
  return answer(outcome, locale);
});

export const saveHeaderAction = authedAction(['admin'], headerSchema, (input, { user, locale }) => {
  const { id, version, ...fields } = input;
  return answer(
    editDraft(user, { id, version, action: 'header' }, (doc) => editHeader(doc, fields)),
    locale,
  );
});

export const saveReviewAction = authedAction(['admin'], reviewSchema, (input, { user, locale }) => {
  const { id, version, ...fields } = input;
  return answer(
    editDraft(user, { id, version, action: 'review' }, (doc) => editReview(doc, fields)),
    locale,
  );
});

export const acknowledgeAction = authedAction(['admin'], warningSchema, (input, { user, locale }) =>
  answer(
    editDraft(user, { id: input.id, version: input.version, action: 'acknowledge' }, (doc) =>
      acknowledgeWarning(doc, input.warning),
    ),
    locale,
  ),
);

/** Acknowledges every open warning of one kind at once (e.g. the directions the reader guessed). */
export const acknowledgeKindAction = authedAction(['admin'], warningCodeSchema, (input, { user, locale }) =>
  answer(
    editDraft(user, { id: input.id, version: input.version, action: 'acknowledge' }, (doc) => {
      let next = doc;
      for (const w of doc.warnings.filter((x) => x.status === 'open' && x.code === input.code)) {
        const r = acknowledgeWarning(next, w.id);
        if (r.ok) next = r.doc;
      }
      return { ok: true, doc: next, summary: { acknowledgedCode: input.code } };
    }),
    locale,
  ),
);

export const linkAction = authedAction(['admin'], linkSchema, (input, { user, locale }) =>
  answer(
    editDraft(user, { id: input.id, version: input.version, action: 'link' }, (doc, { previousTargetIds }) =>
      chooseLink(doc, input.code, input.previous === 'new' ? null : Number(input.previous), previousTargetIds),
    ),
    locale,
  ),
);

export const confirmLinksAction = authedAction(['admin'], refSchema, (input, { user, locale }) =>
  answer(
    editDraft(user, { ...input, action: 'links' }, (doc) => confirmProposedLinks(doc)),
    locale,
  ),
);

export const publishAction = authedAction(['admin'], refSchema, (input, { user, locale }) => {
  const outcome = publishDraft(user, input);
  if (!outcome.ok) return failure(outcome.message);
  redirect(localePath(locale, `/admin/resolutions?published=${outcome.resolutionId}`));
});

export const discardAction = authedAction(['admin'], refSchema, (input, { user, locale }) => {
  const outcome = discardDraft(user, input);
  if (!outcome.ok) return failure(yearsMessages[locale].stale);
  redirect(localePath(locale, '/admin/resolutions'));
});
