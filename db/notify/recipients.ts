import { and, eq, type SQL } from 'drizzle-orm';
import type { DigestFrequency, MessageKind } from '@/lib/domain';
import type { Locale } from '@/lib/i18n/locale';
import type { Db } from '../client';
import { users } from '../schema';

// Who receives what: active accounts only, each with its own address, language and opt-outs.

export type RecipientRow = {
  id: number;
  displayName: string;
  locale: Locale;
  email: string | null;
  mailOptOut: MessageKind[];
  digestFrequency: DigestFrequency;
};

const columns = {
  id: users.id,
  displayName: users.displayName,
  locale: users.locale,
  email: users.email,
  mailOptOut: users.mailOptOut,
  digestFrequency: users.digestFrequency,
};

function active(tx: Pick<Db, 'select'>, where: SQL | undefined): RecipientRow[] {
  return tx
    .select(columns)
    .from(users)
    .where(and(eq(users.active, true), where))
    .orderBy(users.id)
    .all();
}

/** The officers of an organization: its updates' authors and readers. */
export function organizationOfficers(tx: Pick<Db, 'select'>, organizationId: number): RecipientRow[] {
  return active(tx, and(eq(users.role, 'officer'), eq(users.organizationId, organizationId)));
}

/** The chair's accounts (one or more). */
export function chairs(tx: Pick<Db, 'select'>): RecipientRow[] {
  return active(tx, eq(users.role, 'chair'));
}
