import 'server-only';
import { cookies } from 'next/headers';
import { defaultLocale, isLocale, localeCookie, type Locale } from './locale';

/** The language chosen with the switch (a cookie); Vietnamese when none is chosen. */
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(localeCookie)?.value;
  return isLocale(value) ? value : defaultLocale;
}
