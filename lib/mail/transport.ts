import { mailConfig, siteUrl } from './config';
import { sendOverSmtp, type OutgoingMail, type SendResult } from './smtp-send';

/** How the outbox hands a message over: SMTP in the app, anything with the same answers in tests. */
export type Transport = { from: string; baseUrl: string; send: (mail: OutgoingMail) => Promise<SendResult> };

/** The configured SMTP server, or null when SMTP_URL is not set (messages stay in the outbox). */
export function configuredTransport(env: Record<string, string | undefined> = process.env): Transport | null {
  const config = mailConfig(env);
  if (!config.smtpUrl) return null;
  const url = config.smtpUrl;
  return { from: config.from, baseUrl: siteUrl(env), send: (mail) => sendOverSmtp(url, mail) };
}
