import 'server-only';
import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locale';
import type { Letterhead } from '@/lib/reports/period-report';
import { letterheadDefaults } from '@/lib/ward/ward-identity';
import { letterheadSchema } from '@/lib/reports/letterhead-schema';
import { getDb, type Db } from '../client';
import { settings } from '../schema';
import { writeAudit } from './audit';
import { letterheadFrom, letterheadSettingKeys, readLetterheadRows } from './reports';
import { assertRole, type CurrentUser } from './session';
import { readWardIdentityFrom } from './ward-identity';

// The administrator's letterhead settings (settings rows report_superior, report_issuer,
// report_place), which the periodic report falls back to when the chair types none.

type Field = keyof Letterhead;
const fields = Object.keys(letterheadSettingKeys) as Field[];

export type LetterheadSettings = {
  /** What the report prints now: the stored value, or the default where none is stored. */
  values: Letterhead;
  defaults: Letterhead;
  /** Which lines have a stored value (the others show the default). */
  stored: Record<Field, boolean>;
};

export type LetterheadUpdateResult =
  { ok: true; changed: Field[] } | { ok: false; fieldErrors: Partial<Record<Field, string>> };

export function readLetterheadSettings(actor: CurrentUser, db: Db = getDb()): LetterheadSettings {
  assertRole(actor, ['admin']);
  const rows = readLetterheadRows(db);
  const stored = Object.fromEntries(fields.map((f) => [f, !!rows.get(letterheadSettingKeys[f])?.trim()])) as Record<
    Field,
    boolean
  >;
  const ward = readWardIdentityFrom(db);
  return { values: letterheadFrom(rows, ward), defaults: letterheadDefaults(ward), stored };
}

/**
 * Stores the letterhead (administrator only). `input` is validated here as well as in the action
 * (trimmed, one line, bounded, superior and issuer required): nothing is written when it fails.
 * Only the lines that change are written, with one audit row in the same transaction.
 */
export function updateLetterheadSettings(
  actor: CurrentUser,
  input: unknown,
  options: { ip?: string | null; locale?: Locale; db?: Db } = {},
): LetterheadUpdateResult {
  assertRole(actor, ['admin']);
  const parsed = letterheadSchema(options.locale ?? 'vi').safeParse(input);
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error).fieldErrors as Partial<Record<Field, string[]>>;
    return {
      ok: false,
      fieldErrors: Object.fromEntries(fields.filter((f) => flat[f]?.[0]).map((f) => [f, flat[f]![0]])),
    };
  }
  const next = parsed.data;
  const db = options.db ?? getDb();
  return db.transaction(
    (tx) => {
      // Compared with what the report prints now, so saving the defaults unchanged writes nothing.
      const current = letterheadFrom(readLetterheadRows(tx), readWardIdentityFrom(tx));
      const changed = fields.filter((f) => current[f] !== next[f]);
      if (changed.length === 0) return { ok: true, changed } as const;
      for (const f of changed) {
        tx.insert(settings)
          .values({ key: letterheadSettingKeys[f], value: next[f] })
          .onConflictDoUpdate({ target: settings.key, set: { value: next[f] } })
          .run();
      }
      writeAudit(tx, {
        actorId: actor.id,
        action: 'report_settings.letterhead',
        entityType: 'settings',
        ip: options.ip ?? null,
        details: {
          before: Object.fromEntries(changed.map((f) => [f, current[f]])),
          after: Object.fromEntries(changed.map((f) => [f, next[f]])),
        },
      });
      return { ok: true, changed } as const;
    },
    { behavior: 'immediate' },
  );
}
