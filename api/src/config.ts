import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL' }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.string().url().optional(),
  /** Namespace of every Redis key and channel, so that several installations (or test runs) share one Redis. */
  REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]*$/, { message: 'REDIS_KEY_PREFIX may hold letters, digits, _ : . -' }).default('pulse:'),
  AUTH_SECRET: z.string().min(32, { message: 'AUTH_SECRET must be at least 32 characters' }),
  /** Old secrets still accepted for verification after a rotation, comma-separated. */
  AUTH_SECRET_PREVIOUS: z.string().default(''),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).default(15 * 60),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).default(30),
  COOKIE_SECURE: bool.default(true),
  WEB_ORIGIN: z.string().default('http://localhost:3000'),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).default(15 * 60),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  /** Whether this API process also runs the background jobs (the embedded default); production runs `npm run worker`. */
  RUN_JOBS: bool.default(false),
  /** How often a worker looks for due jobs; LISTEN/NOTIFY starts newly queued ones sooner. */
  JOBS_PROCESS_EVERY_MS: z.coerce.number().int().min(100).default(5000),
  /** How long a worker holds a job's lock before another may take it over (renewed at half of it while running). */
  JOBS_LOCK_LIFETIME_MS: z.coerce.number().int().min(1000).default(10 * 60_000),
  /** Audit partitions older than this many months are dropped by the retention job. */
  AUDIT_RETENTION_MONTHS: z.coerce.number().int().min(1).default(24),
  /** Read notifications older than this many days are deleted by the retention job. */
  NOTIFICATION_RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
  /** How long a click-to-call request waits for a phone to claim it before it expires. */
  CALL_REQUEST_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(120),
  /** A claimed request whose phone never reported (it crashed, lost its battery) expires after this long. */
  CALL_DIALING_TIMEOUT_SECONDS: z.coerce.number().int().min(60).default(3600),
  /** How long the QR code for a phone sign-in stays valid. */
  PHONE_LOGIN_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  /** The interval suggested to phones that poll without waiting (`nextCallRequest` with `waitSeconds: 0`). */
  CALL_POLL_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
  /** Phone API calls (poll, claim, report) per device per minute; a correct phone sends a few, the old app up to 100. */
  PHONE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(10).default(600),
  /** Click-to-call requests a user may send per minute (a cold-calling manager sends one every minute or two). */
  CALL_REQUEST_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Bearer token for GET /metrics; without it /metrics answers only direct requests from localhost. */
  METRICS_TOKEN: z.string().min(16, { message: 'METRICS_TOKEN must be at least 16 characters' }).optional(),
  /** The worker's own /metrics port (it has no other HTTP server); unset: the worker serves no metrics. */
  WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Readonly<z.infer<typeof schema>>;

/** Parses the environment once at start-up; a bad or missing value stops the start with a sentence saying what to set. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration, set these environment variables:\n${problems}`);
  }
  return Object.freeze(parsed.data);
}
