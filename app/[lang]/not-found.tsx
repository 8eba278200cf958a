import Link from 'next/link';
import { defaultLocale } from '@/lib/i18n/locale';
import { common } from '@/lib/i18n/messages/common';
import { localePath } from '@/lib/i18n/locale-path';

// not-found receives no params; the Vietnamese text leads, the English follows, the link is Vietnamese.
export default function NotFound() {
  return (
    <div className="py-16 text-center space-y-3">
      <h1 className="text-2xl font-semibold">{common.vi.notFoundTitle}</h1>
      <p>{common.vi.notFoundBody}</p>
      <p lang="en" className="text-stone-600">
        {common.en.notFoundBody}
      </p>
      <Link href={localePath(defaultLocale, '/')} className="inline-block text-blue-800 underline">
        {common.vi.backHome}
      </Link>
    </div>
  );
}
