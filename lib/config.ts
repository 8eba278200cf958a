import path from 'node:path';
import { z } from 'zod';

/**
 * The environment the app reads, validated in one place with its defaults written once. Add a
 * variable here (and to the README's Configuration table), then read it with `config()`.
 *
 * An empty value counts as unset, as a shell's `VAR= npm start` means. `config()` validates the
 * environment once and keeps the result; it validates again only if one of these variables changed
 * since (start-up itself sets NEXTAUTH_SECRET and NEXTAUTH_URL; tests point DATABASE_PATH at
 * their own files).
 */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess(unsetIfEmpty, schema.default(fallback as never));

export const secretMinimumLength = 32;

/** "Văn phòng Đảng ủy <no-reply@phuong.gov.vn>" or a bare address. */
function isMailbox(value: string): boolean {
  const match = /^(?:[^<>]*<([^<>\s]+)>|([^<>\s]+))$/.exec(value);
  const address = match?.[1] ?? match?.[2];
  return !!address && z.email().safeParse(address).success;
}

const schema = z.object({
  /** Port `npm start` listens on (read by `next start` itself too). */
  PORT: withDefault(z.coerce.number().int().min(1).max(65535), 3000),
  /** SQLite database file, relative to the working directory unless absolute. */
  DATABASE_PATH: withDefault(z.string(), 'data/app.db'),
  /** Where `npm run backup` writes and `npm run restore` keeps the pre-restore copy. */
  BACKUP_DIR: withDefault(z.string(), 'data/backups'),
  /** Session signing secret; generated beside the database on first start when unset. */
  NEXTAUTH_SECRET: optional(
    z.string().min(secretMinimumLength, {
      error: `NEXTAUTH_SECRET must be at least ${secretMinimumLength} characters long (or unset: a strong one is then generated beside the database).`,
    }),
  ),
  /** The exact public origin; defaults to http://localhost:$PORT. */
  NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: 'NEXTAUTH_URL must be an http:// or https:// origin.' })),
  /** Password of the seeded accounts, used only when they are created. */
  SEED_PASSWORD: optional(z.string()),
  /** Set behind ONE reverse proxy that appends the client's address to X-Forwarded-For. */
  TRUST_PROXY: z.preprocess(
    (value) => value ?? '',
    z.string().transform((value) => !['', '0', 'false', 'no', 'off'].includes(value.trim().toLowerCase())),
  ),
  /** SMTP server for reminders and notices (smtp:// or smtps://, with credentials); unset: mail stays in the outbox. */
  SMTP_URL: optional(
    z.url({
      protocol: /^smtps?$/,
      error: 'SMTP_URL must be smtp://user:pass@host:port or smtps://user:pass@host:port.',
    }),
  ),
  /** Sender of those emails: an address, or a name and <address>. */
  MAIL_FROM: optional(
    z.string().trim().refine(isMailbox, { error: 'MAIL_FROM must be an address, or a name and <address>.' }),
  ),
  /** Appends every SQL statement this process runs to that file (the scale tests count them). */
  SQL_TRACE_FILE: optional(z.string()),
  /** argon2id memory per password hash, in KiB (OWASP's 19 MiB); the tests lower it. */
  AUTH_HASH_MEMORY_KIB: withDefault(z.coerce.number().int().min(1024).max(1_048_576), 19_456),
  /** argon2id passes over that memory. */
  AUTH_HASH_TIME_COST: withDefault(z.coerce.number().int().min(1).max(10), 2),
  /** Password checks running at once; AUTH_HASH_QUEUE more wait, the rest are told "busy". */
  AUTH_HASH_CONCURRENCY: withDefault(z.coerce.number().int().min(1).max(16), 2),
  AUTH_HASH_QUEUE: withDefault(z.coerce.number().int().min(0).max(10_000), 24),
  /** First hold of a (username, place) after five failures, in ms; it doubles up to 15 minutes. */
  AUTH_THROTTLE_DELAY_MS: withDefault(z.coerce.number().int().min(0).max(3_600_000), 30_000),
});

type Parsed = z.infer<typeof schema>;

export type Config = Omit<Parsed, 'NEXTAUTH_URL'> & {
  NEXTAUTH_URL: string;
  /** DATABASE_PATH resolved against the working directory. */
  databaseFile: string;
  /** BACKUP_DIR resolved against the working directory. */
  backupDir: string;
};

/** Raised once, with every problem listed, when the environment is invalid. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const keys = Object.keys(schema.shape) as (keyof Parsed)[];
let cached: { signature: string; config: Config } | undefined;

function parse(): Config {
  const raw: Record<string, string | undefined> = {};
  for (const key of keys) raw[key] = process.env[key];
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const parsed = result.data;
  return {
    ...parsed,
    NEXTAUTH_URL: parsed.NEXTAUTH_URL ?? `http://localhost:${parsed.PORT}`,
    databaseFile: path.resolve(/*turbopackIgnore: true*/ parsed.DATABASE_PATH),
    backupDir: path.resolve(/*turbopackIgnore: true*/ parsed.BACKUP_DIR),
  };
}

/** The validated configuration; throws ConfigError listing every invalid variable. */
export function config(): Config {
  const signature = keys.map((key) => process.env[key] ?? '').join('\0');
  if (cached?.signature !== signature) cached = { signature, config: parse() };
  return cached.config;
}
