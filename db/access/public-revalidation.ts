import 'server-only';
import { getDb } from '../client';
import { writeAudit } from './audit';
import { assertRole, type CurrentUser } from './session';

/**
 * The administrator asks for the public pages to be rendered again (after a restore or a
 * maintenance script changed the database outside the app): recorded in the audit log first.
 */
export function recordPublicRevalidation(actor: CurrentUser, ip: string | null): void {
  assertRole(actor, ['admin']);
  getDb().transaction((tx) => {
    writeAudit(tx, { actorId: actor.id, action: 'public.revalidate', entityType: 'public_pages', ip });
  });
}
