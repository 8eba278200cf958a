import 'server-only';
import { createHash } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { cache } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import {
  emblemMaxBytes,
  emptyWardIdentity,
  sniffEmblem,
  wardIdentitySchema,
  type WardIdentity,
  type WardIdentityInput,
} from '@/lib/ward/ward-identity';
import { getDb, type Db } from '../client';
import { settings } from '../schema';
import { writeAudit } from './audit';
import { assertRole, type CurrentUser } from './session';

// Settings rows of the ward's identity. The emblem is small (≤ 256 KB) and kept in the database
// beside the rest, so a backup and a restore carry it with no file of its own.
const keys = {
  name: 'ward_name',
  superior: 'ward_superior',
  passwordContact: 'ward_password_contact',
  emblem: 'ward_emblem',
  emblemType: 'ward_emblem_type',
} as const;

type TextField = keyof WardIdentityInput;
const textFields: TextField[] = ['name', 'superior', 'passwordContact'];

function readRows(db: Pick<Db, 'select'>): Map<string, string> {
  const rows = db
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(inArray(settings.key, Object.values(keys)))
    .all();
  return new Map(rows.map((r) => [r.key, r.value]));
}

function identityFrom(rows: Map<string, string>): WardIdentity {
  const emblem = rows.get(keys.emblem);
  return {
    name: rows.get(keys.name) ?? emptyWardIdentity.name,
    superior: rows.get(keys.superior) ?? emptyWardIdentity.superior,
    passwordContact: rows.get(keys.passwordContact) ?? emptyWardIdentity.passwordContact,
    emblemVersion: emblem ? createHash('sha256').update(emblem).digest('hex').slice(0, 12) : null,
  };
}

/** Public facts (everyone sees them on every page): read once per request. */
export const readWardIdentity = cache((): WardIdentity => identityFrom(readRows(getDb())));

/** The same, outside a request (the report builders, tests). */
export function readWardIdentityFrom(db: Pick<Db, 'select'>): WardIdentity {
  return identityFrom(readRows(db));
}

export type WardUpdateResult =
  { ok: true; changed: TextField[] } | { ok: false; fieldErrors: Partial<Record<TextField, string>> };

/** Stores the ward's name, superior body and password contact (administrator only), audited. */
export function updateWardIdentity(
  actor: CurrentUser,
  input: unknown,
  options: { ip?: string | null; locale?: Locale; db?: Db } = {},
): WardUpdateResult {
  assertRole(actor, ['admin']);
  const parsed = wardIdentitySchema(options.locale ?? 'vi').safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<TextField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as TextField;
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, fieldErrors };
  }
  const next = parsed.data;
  const db = options.db ?? getDb();
  return db.transaction(
    (tx) => {
      const current = identityFrom(readRows(tx));
      const changed = textFields.filter((f) => current[f] !== next[f]);
      for (const f of changed) {
        tx.insert(settings)
          .values({ key: keys[f], value: next[f] })
          .onConflictDoUpdate({ target: settings.key, set: { value: next[f] } })
          .run();
      }
      if (changed.length > 0) {
        writeAudit(tx, {
          actorId: actor.id,
          action: 'settings.ward',
          entityType: 'settings',
          ip: options.ip ?? null,
          details: {
            before: Object.fromEntries(changed.map((f) => [f, current[f]])),
            after: Object.fromEntries(changed.map((f) => [f, next[f]])),
          },
        });
      }
      return { ok: true, changed } as const;
    },
    { behavior: 'immediate' },
  );
}

export type EmblemResult = { ok: true } | { ok: false; code: 'missing' | 'too_large' | 'type' };

/** Stores the emblem (administrator only): PNG, JPEG or WebP by its bytes, at most 256 KB. */
export function saveEmblem(
  actor: CurrentUser,
  bytes: Uint8Array,
  options: { ip?: string | null; db?: Db } = {},
): EmblemResult {
  assertRole(actor, ['admin']);
  if (bytes.byteLength === 0) return { ok: false, code: 'missing' };
  if (bytes.byteLength > emblemMaxBytes) return { ok: false, code: 'too_large' };
  const type = sniffEmblem(bytes);
  if (!type) return { ok: false, code: 'type' };
  const db = options.db ?? getDb();
  const encoded = Buffer.from(bytes).toString('base64');
  db.transaction(
    (tx) => {
      for (const [key, value] of [
        [keys.emblem, encoded],
        [keys.emblemType, type],
      ] as const) {
        tx.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
      }
      writeAudit(tx, {
        actorId: actor.id,
        action: 'settings.ward_emblem',
        entityType: 'settings',
        ip: options.ip ?? null,
        details: { type, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') },
      });
    },
    { behavior: 'immediate' },
  );
  return { ok: true };
}

/** Removes the emblem (administrator only). */
export function removeEmblem(actor: CurrentUser, options: { ip?: string | null; db?: Db } = {}): void {
  assertRole(actor, ['admin']);
  const db = options.db ?? getDb();
  db.transaction(
    (tx) => {
      tx.delete(settings)
        .where(inArray(settings.key, [keys.emblem, keys.emblemType]))
        .run();
      writeAudit(tx, {
        actorId: actor.id,
        action: 'settings.ward_emblem_removed',
        entityType: 'settings',
        ip: options.ip ?? null,
      });
    },
    { behavior: 'immediate' },
  );
}

/** The emblem's bytes for the public route, or null when none is set. */
export function readEmblem(db: Db = getDb()): { bytes: Buffer; type: string } | null {
  const rows = readRows(db);
  const emblem = rows.get(keys.emblem);
  const type = rows.get(keys.emblemType);
  if (!emblem || !type) return null;
  return { bytes: Buffer.from(emblem, 'base64'), type };
}
