import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { logError } from './log';
import { publicDataTag } from './public/cache-tags';
import { publicRevisionStore } from './public/revision-store';

/**
 * THE one owner of "the public data changed". Call it after any change the public sees (an
 * approval, a reassignment, the letterhead, a published resolution, a closed period), once the
 * change has committed:
 * - this server drops its cached public pages (both languages, every filtered view and detail
 *   page) and the cached public data behind the open-data route, the exports and the year report;
 * - the database's public revision is bumped, so every OTHER server on the same database drops its
 *   cached pages within a second (lib/cache/memory-cache-handler.js).
 *
 * Inside the change's own transaction, also call `bumpPublicRevision(tx)` (db/public-revision.ts)
 * where you can: then the other servers learn of the change even if this process dies between the
 * commit and this call.
 */
export function revalidatePublicPages(): void {
  try {
    publicRevisionStore()?.bump();
  } catch (error) {
    // The change itself has committed; this server's own pages are still refreshed below.
    logError('public_revision_bump_failed', error);
  }
  revalidatePath('/[lang]', 'layout');
  revalidateTag(publicDataTag, { expire: 0 });
}
