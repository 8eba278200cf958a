import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * Public pages are rendered once and cached; call this after any change that the public sees
 * (an approval, a reassignment) so the next visitor gets a fresh render.
 */
export function revalidatePublicPages(): void {
  revalidatePath('/[lang]', 'layout');
}
