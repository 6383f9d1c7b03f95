/**
 * The environment, parsed once at start-up. The only module that reads `process.env`: everything
 * else receives the typed config.
 */
import * as z from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const blankAsUndefined = (value: unknown) => (value === '' ? undefined : value);

export const configSchema = z.object({
  PORT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  DATA_DIR: z.preprocess(blankAsUndefined, z.string().default('./.data')),
  ADMIN_TOKEN: z.preprocess(
    blankAsUndefined,
    z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters').optional(),
  ),
  TABLE_NAME: z.preprocess(blankAsUndefined, z.string().min(3).optional()),
  ARCHIVE_BUCKET: z.preprocess(blankAsUndefined, z.string().min(3).optional()),
  /**
   * An S3-compatible endpoint for ARCHIVE_BUCKET (path-style), for a local run that keeps its
   * archive in a bucket instead of DATA_DIR/archive; unset: AWS's own S3.
   */
  S3_ENDPOINT: z.preprocess(blankAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  /** The region of that bucket's client when the SDK finds none in its own environment. */
  AWS_REGION: z.preprocess(blankAsUndefined, z.string().min(3).optional()),
  LOG_LEVEL: z.preprocess(blankAsUndefined, z.enum(LOG_LEVELS).default('info')),
  AGGREGATE_INTERVAL_MINUTES: z.preprocess(blankAsUndefined, z.coerce.number().positive().default(60)),
  /** The service's public base URL (sign-in links in e-mails and the tokens workbook); default http://localhost:<PORT>. */
  PUBLIC_URL: z.preprocess(blankAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  /** SMTP server for reminders (`smtp://user:pass@host:587`); unset locally: .eml files in DATA_DIR/outbox. */
  SMTP_URL: z.preprocess(blankAsUndefined, z.url({ protocol: /^smtps?$/ }).optional()),
  /** The sender of reminders (on AWS: an address or domain verified in SES). */
  MAIL_FROM: z.preprocess(blankAsUndefined, z.string().min(3).default('mgi-collect <mgi@localhost>')),
  /** The SES region when it differs from the function's own. */
  SES_REGION: z.preprocess(blankAsUndefined, z.string().min(3).optional()),
  /**
   * Hours an archived original that no submission names is kept before the scheduled cleanup
   * removes it (longer than any upload takes between its archive write and its commit).
   */
  ORPHAN_GRACE_HOURS: z.preprocess(
    blankAsUndefined,
    z.coerce
      .number()
      .min(1)
      .max(24 * 365)
      .default(24),
  ),
});

export type Config = z.infer<typeof configSchema>;

/** The public base URL of the web pages, without a trailing slash. */
export function publicUrlOf(config: Pick<Config, 'PUBLIC_URL' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}

/** Parses the environment; a bad or missing value fails start-up naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid environment: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The config of the Lambda functions, where the table and the bucket are required. */
export function loadLambdaConfig(
  env: Record<string, string | undefined> = process.env,
): Config & { TABLE_NAME: string; ARCHIVE_BUCKET: string } {
  const config = loadConfig(env);
  const missing = (['TABLE_NAME', 'ARCHIVE_BUCKET'] as const).filter((name) => !config[name]);
  if (missing.length > 0) throw new Error(`missing environment variable(s): ${missing.join(', ')}`);
  return config as Config & { TABLE_NAME: string; ARCHIVE_BUCKET: string };
}

/** The raw environment, for the `mgi` CLI and the demo, which read their own variables (MGI_URL, MGI_TOKEN). */
export function processEnvironment(): Record<string, string | undefined> {
  return process.env;
}
