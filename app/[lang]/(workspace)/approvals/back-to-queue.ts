import type { Locale } from '@/lib/i18n/locale';
import { approvalMessages } from '@/lib/i18n/messages/approvals';

/** The way back from the chair's pages beside the queue (closing, judgements, gaps) to the queue. */
export function backToQueue(locale: Locale) {
  return { path: '/approvals', label: approvalMessages[locale].backToQueue };
}
