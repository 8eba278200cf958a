import { config } from '@/lib/config';

// The mail settings (SMTP_URL, MAIL_FROM; validated with the rest in lib/config.ts) and the
// site's origin for links in messages.

export type MailConfig = {
  /** null: no SMTP server, messages stay in the outbox. */
  smtpUrl: string | null;
  from: string;
};

/** Throws ConfigError (naming the variable, never its value) when the environment is invalid. */
export function mailConfig(): MailConfig {
  const c = config();
  return {
    smtpUrl: c.SMTP_URL ?? null,
    from: c.MAIL_FROM ?? `Theo dõi Nghị quyết <no-reply@${new URL(c.NEXTAUTH_URL).hostname}>`,
  };
}

/**
 * The site's public origin for links in messages ("https://theodoi.phuong.gov.vn"): NEXTAUTH_URL,
 * as the sessions use it. Never throws: queueing a message must not fail the approval it belongs to.
 */
export function siteUrl(): string {
  try {
    return config().NEXTAUTH_URL.replace(/\/+$/, '');
  } catch {
    return `http://localhost:${process.env.PORT || 3000}`;
  }
}
