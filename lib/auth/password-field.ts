import { z } from 'zod';
import { passwordMaxLength, passwordMinLength } from './password';

/** A new password's length rule, in characters (not bytes), with the form's own messages. */
export function newPasswordField(t: { tooShort: string; tooLong: string }) {
  return z
    .string({ error: t.tooShort })
    .refine((v) => [...v].length >= passwordMinLength, { error: t.tooShort })
    .refine((v) => [...v].length <= passwordMaxLength, { error: t.tooLong });
}
