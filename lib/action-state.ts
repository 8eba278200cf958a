/**
 * What every form's server action returns (next-learn's pattern): a message for the whole form,
 * one message per field, and the submitted values (never passwords) to fill the form again.
 * Safe to import from client components.
 */
export type ActionState = {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false, message: null, fieldErrors: {}, values: {} };
