'use client';

import { common } from '@/lib/i18n/messages/common';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const lang = typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'vi';
  const t = common[lang];
  return (
    <div role="alert" data-testid="error-page" className="py-16 text-center space-y-3">
      <h1 className="text-2xl font-semibold">{t.errorTitle}</h1>
      <p>{t.errorBody}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 text-white">
        {t.retry}
      </button>
    </div>
  );
}
