// The ward's own name and the office's contact, set by the administrator: shown in the site's
// header, page titles, footer, open data and report letterhead. Checked with the same rules in the
// server action and again in the data access layer.
import { z } from 'zod';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locale';
import { wardMessages } from '@/lib/i18n/messages/ward';

export type WardIdentity = {
  /** As people write it, e.g. "Phường An Bình"; empty until the office sets it. */
  name: string;
  /** The superior body since the 2025 reform (a province), e.g. "Tỉnh Gia Lai"; may be empty. */
  superior: string;
  /** Whom to contact for a forgotten password, e.g. "Văn phòng Đảng ủy, ĐT 0269 3xx xxx". */
  passwordContact: string;
  /** Changes with each emblem upload, so the emblem's URL can be cached for long. */
  emblemVersion: string | null;
};

export const emptyWardIdentity: WardIdentity = { name: '', superior: '', passwordContact: '', emblemVersion: null };

export const wardNameMaxLength = 80;
export const passwordContactMaxLength = 200;
export const emblemMaxBytes = 256 * 1024;

// One line of text: a newline or other control character would break a heading or a letterhead.
const oneLine = /^[^\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/;

function line(locale: Locale, max: number) {
  const t = wardMessages[locale];
  return z
    .string({ error: t.controlCharacters })
    .trim()
    .normalize('NFC')
    .max(max, { error: fill(t.tooLong, { max }) })
    .regex(oneLine, { error: t.controlCharacters })
    .default('');
}

export function wardIdentitySchema(locale: Locale) {
  return z.object({
    name: line(locale, wardNameMaxLength),
    superior: line(locale, wardNameMaxLength),
    passwordContact: line(locale, passwordContactMaxLength),
  });
}

export type WardIdentityInput = z.output<ReturnType<typeof wardIdentitySchema>>;

/** The site's title: "Theo dõi Nghị quyết · Phường An Bình", or the app's name alone. */
export function siteTitle(appName: string, ward: Pick<WardIdentity, 'name'>): string {
  return ward.name ? `${appName} · ${ward.name}` : appName;
}

/** The emblem's image type from its first bytes: PNG, JPEG or WebP only (an SVG may carry script). */
export function sniffEmblem(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/webp' | null {
  const at = (offset: number, signature: number[]) => signature.every((b, i) => bytes[offset + i] === b);
  if (bytes.length >= 8 && at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (bytes.length >= 3 && at(0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (bytes.length >= 12 && at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'image/webp';
  return null;
}

/** Upper case as a Vietnamese letterhead writes it ("Phường An Bình" → "PHƯỜNG AN BÌNH"). */
export function letterheadCase(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/**
 * The report letterhead's lines when the office stored none of its own: from the ward's name and
 * superior body ("ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG ỦY PHƯỜNG AN BÌNH", "An Bình"). Nothing is invented:
 * without a superior body the first line stays empty rather than naming a level that may not exist.
 */
export function letterheadDefaults(ward: Pick<WardIdentity, 'name' | 'superior'>): {
  superior: string;
  issuer: string;
  place: string;
} {
  const place = ward.name.replace(/^(phường|xã|thị trấn)\s+/i, '');
  return {
    superior: ward.superior ? letterheadCase(`Đảng bộ ${ward.superior}`) : '',
    issuer: ward.name ? letterheadCase(`Đảng ủy ${ward.name}`) : 'ĐẢNG ỦY PHƯỜNG',
    place,
  };
}
