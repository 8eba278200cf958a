import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// "This browser signed in as this username before": a cookie signed with the session secret,
// sent only to the sign-in callback. Its holder's failures are counted apart from the address's
// (db/access/login.ts), so that where every client shares one address (no TRUST_PROXY) an
// attacker's wrong passwords do not hold up the owner at the computer they always use.

export const knownDeviceCookie = 'rt-known-device';
export const knownDevicePath = '/api/auth/callback';
export const knownDeviceMaxAgeSeconds = 365 * 24 * 60 * 60;

function signature(username: string, id: string): string | null {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  return createHmac('sha256', secret).update(`known-device\0${username}\0${id}`).digest('base64url');
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/** The browser's id when its cookie was issued for this (normalised) username; otherwise null. */
export function knownDeviceId(cookieHeader: string | undefined, username: string): string | null {
  const value = cookieValue(cookieHeader, knownDeviceCookie);
  const match = value ? /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
  if (!match) return null;
  const expected = signature(username, match[1]!);
  if (!expected) return null;
  const a = Buffer.from(match[2]!);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b) ? match[1]! : null;
}

/** A cookie value for this username, keeping `id` when the browser had one. Null without a secret. */
export function knownDeviceValue(username: string, id: string | null): string | null {
  const deviceId = id ?? randomBytes(18).toString('base64url');
  const sig = signature(username, deviceId);
  return sig ? `${deviceId}.${sig}` : null;
}
