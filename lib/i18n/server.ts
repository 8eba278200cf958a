import 'server-only';
import { headers } from 'next/headers';
import { requestPathHeader } from '@/lib/auth/login-url';
import { defaultLocale, type Locale } from './locale';
import { localeOfPath } from './locale-path';

/**
 * The language of the page this request was made to (English under /en, else Vietnamese), for
 * server actions and per-request pages that get no `lang` param; proxy.ts sets the header on
 * every page request and server action, overwriting any value the client sent.
 */
export async function getLocale(): Promise<Locale> {
  const path = (await headers()).get(requestPathHeader);
  return path ? localeOfPath(path) : defaultLocale;
}
