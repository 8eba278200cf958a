import { z } from 'zod';

// The chair's decisions as they arrive from the forms. Whether a reason is given is the
// workflow's rule (state machine), so an empty reason reaches it and is refused there.

export const reviewSchema = () =>
  z.object({
    id: z.coerce.number().int().positive(),
    version: z.coerce.number().int().nonnegative(),
  });

export const returnSchema = () =>
  reviewSchema().extend({
    reason: z
      .string()
      .nullish()
      .transform((v) => v ?? ''),
  });

/** Bulk approval: one checkbox per update, named "item-<id>" with the version as its value. */
export const bulkSchema = () =>
  z.record(z.string(), z.string()).transform((fields) =>
    Object.entries(fields)
      .map(([key, value]) => ({ match: /^item-(\d{1,12})$/.exec(key), version: Number(value) }))
      .filter((e) => e.match && Number.isInteger(e.version) && e.version >= 0)
      .map((e) => ({ id: Number(e.match![1]), version: e.version }))
      .slice(0, 100),
  );
