/**
 * Everything the API and the worker read from the environment, parsed once. `npm start` and the
 * test harness fill these in; nothing else reads process.env.
 */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  /** Origin residents reach the web app at; links in e-mails start with it. */
  publicUrl: string;
  databaseUrl: string;
  redisUrl: string;
  smtpUrl: string;
  mailFrom: string;
  sessionSecret: string;
  /**
   * Seals open ballots and keys them per voter (docs/vote-secrecy.md). Not stored in the database;
   * must stay the same from a poll's opening until it is counted.
   */
  ballotSecret: string;
  /** Built web app to serve from the API (single origin); unset when a dev server serves it. */
  webDistDir?: string;
  /** HTTP base of the development mail sink; enables the dev mail viewer when set outside production. */
  devMailUrl?: string;
  /** Auth rate limits: attempts per window, per IP and per e-mail address. */
  authRateLimit: { points: number; windowSeconds: number };
  trustProxy: boolean;
  /** BullMQ key prefix; tests give each file its own so queues never collide. */
  queuePrefix: string;
  /** Hours a finished export can be downloaded before the worker empties it (EXPORT_TTL_HOURS). */
  exportTtlHours: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Environment variable ${name} is required`);
  return value;
}

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv =
    env['NODE_ENV'] === 'production' ? 'production' : env['NODE_ENV'] === 'test' ? 'test' : 'development';
  const sessionSecret =
    env['SESSION_SECRET'] ?? (nodeEnv === 'production' ? '' : 'mitreden-development-secret');
  if (nodeEnv === 'production' && sessionSecret.length < 32) {
    throw new Error('SESSION_SECRET must be set to at least 32 characters in production');
  }
  const ballotSecret = env['BALLOT_SECRET'] || `ballots:${sessionSecret}`;
  if (nodeEnv === 'production' && !env['BALLOT_SECRET']) {
    throw new Error('BALLOT_SECRET must be set in production (at least 32 characters, kept apart from SESSION_SECRET)');
  }
  if (nodeEnv === 'production' && ballotSecret.length < 32) {
    throw new Error('BALLOT_SECRET must be at least 32 characters in production');
  }
  const port = Number(env['PORT'] ?? 3000);
  return {
    env: nodeEnv,
    port,
    publicUrl: (env['PUBLIC_URL'] ?? `http://localhost:${port}`).replace(/\/$/, ''),
    databaseUrl: required(env, 'DATABASE_URL'),
    redisUrl: env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    smtpUrl: env['SMTP_URL'] ?? 'smtp://127.0.0.1:1025',
    mailFrom: env['MAIL_FROM'] ?? 'Mitreden <noreply@mitreden.local>',
    sessionSecret,
    ballotSecret,
    webDistDir: env['WEB_DIST_DIR'] || undefined,
    devMailUrl: nodeEnv === 'production' ? undefined : env['DEV_MAIL_URL'] || undefined,
    authRateLimit: {
      points: Number(env['AUTH_RATE_LIMIT_POINTS'] ?? 10),
      windowSeconds: Number(env['AUTH_RATE_LIMIT_WINDOW_SECONDS'] ?? 600),
    },
    trustProxy: env['TRUST_PROXY'] === '1' || env['TRUST_PROXY'] === 'true',
    queuePrefix: env['QUEUE_PREFIX'] ?? 'mitreden',
    exportTtlHours: positiveNumber(env['EXPORT_TTL_HOURS'], 24),
  };
}
