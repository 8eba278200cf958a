// How a test reads the data layer's refusal: the AuthError status a call throws, or null when it
// returned (whatever it returned). `expect(refusalOf(() => f(other))).toBe(404)` fails on a
// function that answers null or { ok: false } instead of refusing.
import { AuthError, type RefusalStatus } from '@/lib/auth/auth-error';

export function refusalOf(action: () => unknown): RefusalStatus | null {
  try {
    action();
  } catch (error) {
    if (error instanceof AuthError) return error.status;
    throw error;
  }
  return null;
}
