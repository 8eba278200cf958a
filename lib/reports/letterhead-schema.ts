// What the administrator may store as the report's letterhead, checked with the same rules in
// the server action and again in the data access layer (db/access/report-settings.ts).
import { z } from 'zod';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { reportSettingsMessages } from '@/lib/i18n/messages/report-settings';

/** The report form's query takes at most 80 characters a line (report-query.ts): stored values fit it. */
export const letterheadMaxLength = 80;

// One line of text: a newline or other control character would break the letterhead's layout.
const oneLine = /^[^\u0000-\u001f\u007f]*$/;

function line(locale: Locale, required: string | null) {
  const t = reportSettingsMessages[locale];
  const base = z
    .string({ error: required ?? t.controlCharacters })
    .trim()
    // Composed form, so "ủ" typed as u + combining marks counts (and prints) as one character.
    .normalize('NFC')
    .max(letterheadMaxLength, { error: fill(t.tooLong, { max: letterheadMaxLength }) })
    .regex(oneLine, { error: t.controlCharacters });
  return required ? base.min(1, { error: required }) : base;
}

export function letterheadSchema(locale: Locale) {
  const t = reportSettingsMessages[locale];
  return z.object({
    // Optional: since the 2025 reform the level above a ward differs by place; blank until known.
    superior: line(locale, null).default(''),
    issuer: line(locale, t.issuerRequired),
    // Optional: without a place the report is dated "Ngày … tháng … năm …".
    place: line(locale, null).default(''),
  });
}

export type LetterheadInput = z.output<ReturnType<typeof letterheadSchema>>;
