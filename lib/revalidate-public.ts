import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { publicDataTag } from './public/cache-tags';

/**
 * Public pages are rendered once and cached; call this after any change that the public sees
 * (an approval, a reassignment) so the next visitor gets a fresh render. It expires every page
 * under /[lang] (both languages, every filtered view and detail page) and the cached public data
 * behind the open-data route, the exports and the public report.
 */
export function revalidatePublicPages(): void {
  revalidatePath('/[lang]', 'layout');
  revalidateTag(publicDataTag, { expire: 0 });
}
