import { z } from 'zod';

// Mail settings, read from the environment and validated once per process. (To move into
// lib/config.ts with the rest of the environment once that lands.)

const smtpUrl = z
  .url({ protocol: /^smtps?$/, error: 'SMTP_URL must be smtp://user:pass@host:port or smtps://…' })
  .optional();

// "Văn phòng Đảng ủy <no-reply@phuong.gov.vn>" or a bare address.
const mailFrom = z
  .string()
  .trim()
  .refine(
    (value) => {
      const match = /^(?:[^<>]*<([^<>\s]+)>|([^<>\s]+))$/.exec(value);
      const address = match?.[1] ?? match?.[2];
      return !!address && z.email().safeParse(address).success;
    },
    { error: 'MAIL_FROM must be an address, or a name and <address>' },
  );

const schema = z.object({
  SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), smtpUrl),
  MAIL_FROM: z.preprocess((v) => (v === '' || v === undefined ? undefined : v), mailFrom.optional()),
});

export type MailConfig = {
  /** null: no SMTP server, messages stay in the outbox. */
  smtpUrl: string | null;
  from: string;
};

/** Throws (naming the variable, never its value) when SMTP_URL or MAIL_FROM is malformed. */
export function mailConfig(env: Record<string, string | undefined> = process.env): MailConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new Error(
      `Invalid mail settings: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return {
    smtpUrl: result.data.SMTP_URL ?? null,
    from: result.data.MAIL_FROM ?? `Theo dõi Nghị quyết <no-reply@${new URL(siteUrl(env)).hostname}>`,
  };
}

/**
 * The site's public origin for links in messages ("https://theodoi.phuong.gov.vn"): NEXTAUTH_URL,
 * as the sessions use it. Never throws: queueing a message must not fail an approval.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const configured = env.NEXTAUTH_URL;
  if (configured && z.url({ protocol: /^https?$/ }).safeParse(configured).success)
    return configured.replace(/\/+$/, '');
  return `http://localhost:${env.PORT || 3000}`;
}
