import { z } from 'zod';

/** One import warning: its resolution, its place in the list and its code (a changed list is refused). */
export const handledSchema = () =>
  z.object({
    resolutionId: z.coerce.number().int().positive().max(999_999_999),
    index: z.coerce.number().int().min(0).max(9999),
    code: z.string().regex(/^[a-z0-9_-]{1,60}$/iu),
  });
