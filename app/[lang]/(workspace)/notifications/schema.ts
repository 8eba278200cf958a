import { z } from 'zod';

export function notificationSchema() {
  return z.object({ id: z.coerce.number().int().positive() });
}

export function noFieldsSchema() {
  return z.object({});
}
