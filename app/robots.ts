import type { MetadataRoute } from 'next';
import { workspacePrefixes } from '@/lib/auth/route-access';
import { locales } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/locale-path';

// The public summary and detail pages and the open data may be indexed, in both languages; the
// sign-in page, the workspace and the other routes under /api may not.
export default function robots(): MetadataRoute.Robots {
  const closed = ['/login', ...workspacePrefixes].flatMap((path) => locales.map((locale) => localePath(locale, path)));
  return {
    rules: { userAgent: '*', allow: ['/', '/api/public/'], disallow: [...closed, '/api/'] },
  };
}
