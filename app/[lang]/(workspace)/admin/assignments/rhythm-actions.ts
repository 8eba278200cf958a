'use server';

import { refresh } from 'next/cache';
import {
  getRhythm,
  setBulkCadence,
  setDefaultCadence,
  setItemCadence,
  setTaskDeadline,
  setYearEndOnly,
} from '@/db/access/assignment-rhythm';
import { authedAction, failure, success } from '@/db/access/authed-action';
import { fill } from '@/lib/i18n/fill';
import { rhythmMessages } from '@/lib/i18n/messages/rhythm-admin';
import { bulkCadenceSchema, defaultCadenceSchema, itemRhythmSchema } from './rhythm-schema';

/** One item's cadence, and a target's year-end-only mark or a task's deadline: only what changed is written. */
export const saveItemRhythmAction = authedAction(['admin'], itemRhythmSchema, (input, { user, locale }) => {
  const t = rhythmMessages[locale];
  const before = getRhythm(user, input.kind, input.id);
  if (!before) return failure(t.notFound);
  const steps = [
    before.cadence !== input.cadence ? () => setItemCadence(user, input.kind, input.id, input.cadence) : null,
    input.kind === 'target' && before.yearEndOnly !== input.yearEndOnly
      ? () => setYearEndOnly(user, input.id, input.yearEndOnly)
      : null,
    input.kind === 'task' && before.deadline !== input.deadline
      ? () => setTaskDeadline(user, input.id, input.deadline)
      : null,
  ].filter((s) => s !== null);
  if (steps.length === 0) return success(t.unchanged);
  for (const step of steps) {
    const result = step();
    if (!result.ok) return failure(result.code === 'invalid' ? t.deadlineInvalid : t.notFound);
  }
  refresh();
  return success(t.saved);
});

export const saveDefaultCadenceAction = authedAction(['admin'], defaultCadenceSchema, (input, { user, locale }) => {
  const t = rhythmMessages[locale];
  for (const kind of ['target', 'task'] as const) setDefaultCadence(user, kind, input[kind]);
  refresh();
  return success(t.defaultsSaved);
});

export const bulkCadenceAction = authedAction(['admin'], bulkCadenceSchema, (input, { user, locale }) => {
  const t = rhythmMessages[locale];
  const result = setBulkCadence(user, input.kind, input.cadence);
  if (!result.ok) return failure(t.notFound);
  refresh();
  return success(fill(t.bulkSaved, { n: result.changed ?? 0 }));
});
