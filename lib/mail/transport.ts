import { mailConfig, siteUrl } from './config';
import { sendOverSmtp, type OutgoingMail, type SendResult } from './smtp-send';

/** How the outbox hands a message over: SMTP in the app, anything with the same answers in tests. */
export type Transport = { from: string; baseUrl: string; send: (mail: OutgoingMail) => Promise<SendResult> };

/** The configured SMTP server, or null when SMTP_URL is not set (messages stay in the outbox). */
export function configuredTransport(): Transport | null {
  const settings = mailConfig();
  if (!settings.smtpUrl) return null;
  const url = settings.smtpUrl;
  return { from: settings.from, baseUrl: siteUrl(), send: (mail) => sendOverSmtp(url, mail) };
}
