'use server';

import { refresh } from 'next/cache';
import { recordJudgement } from '@/db/access/assignment-rhythm';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { fill } from '@/lib/i18n/fill';
import { judgementMessages } from '@/lib/i18n/messages/judgements';
import { verdictText } from '@/lib/i18n/messages/verdicts';
import { judgementSchema } from './schema';

export const judgeTargetAction = authedAction(['chair'], judgementSchema, (input, { user, locale }) => {
  const t = judgementMessages[locale];
  const judgement = input.judgement === '' ? null : input.judgement;
  const result = recordJudgement(user, { targetId: input.targetId, judgement, note: input.note || null });
  if (!result.ok) return failure(t.notFound);
  refresh();
  return success(
    judgement
      ? fill(t.saved, { code: input.code, verdict: verdictText[locale].target[judgement] })
      : fill(t.withdrawn, { code: input.code }),
  );
});
