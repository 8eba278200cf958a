import 'server-only';
import { eq } from 'drizzle-orm';
import type { DigestFrequency, MessageKind } from '@/lib/domain';
import type { Locale } from '@/lib/i18n/locale';
import { getDb } from '../client';
import { users } from '../schema';
import { writeAudit } from './audit';
import { assertRole, type CurrentUser } from './session';

// An account's email address, language, opt-outs and digest frequency: editable by the account
// itself at /account and by the administrator for any account.

export type MailPreferences = {
  email: string | null;
  locale: Locale;
  mailOptOut: MessageKind[];
  digestFrequency: DigestFrequency;
};

function canManage(actor: CurrentUser, userId: number): boolean {
  return actor.id === userId || actor.role === 'admin';
}

export function getMailPreferences(actor: CurrentUser, userId: number): MailPreferences | null {
  if (!canManage(actor, userId)) assertRole(actor, ['admin']);
  return (
    getDb()
      .select({
        email: users.email,
        locale: users.locale,
        mailOptOut: users.mailOptOut,
        digestFrequency: users.digestFrequency,
      })
      .from(users)
      .where(eq(users.id, userId))
      .get() ?? null
  );
}

/** Saves the preferences, audited with what changed (the address included: it is not a secret). */
export function updateMailPreferences(actor: CurrentUser, userId: number, next: MailPreferences): boolean {
  if (!canManage(actor, userId)) assertRole(actor, ['admin']);
  return getDb().transaction(
    (tx) => {
      const before = tx
        .select({
          email: users.email,
          locale: users.locale,
          mailOptOut: users.mailOptOut,
          digestFrequency: users.digestFrequency,
        })
        .from(users)
        .where(eq(users.id, userId))
        .get();
      if (!before) return false;
      const value = { ...next, mailOptOut: [...new Set(next.mailOptOut)].sort() };
      tx.update(users).set(value).where(eq(users.id, userId)).run();
      const changed = Object.fromEntries(
        (Object.keys(value) as (keyof MailPreferences)[])
          .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(value[k]))
          .map((k) => [k, { before: before[k], after: value[k] }]),
      );
      if (Object.keys(changed).length > 0) {
        writeAudit(tx, {
          actorId: actor.id,
          action: 'account.mail_preferences',
          entityType: 'user',
          entityId: userId,
          details: changed,
        });
      }
      return true;
    },
    { behavior: 'immediate' },
  );
}
