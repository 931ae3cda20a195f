import * as path from 'path';

/** The whole configuration of the API, read once at start from environment variables. */
export interface AppConfig {
  port: number;
  host: string;
  /** External PostgreSQL; when absent the API starts an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  /** When absent, generated once and kept in `dataDir` (embedded mode only). */
  jwtSecret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  demoData: boolean;
  webDist: string | null;
  logLevel: 'silent' | 'error' | 'info';
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
  trustProxy: boolean;
  /** SMTP server for outgoing mail (smtp:// or smtps://); when absent, mail stays in the portal's outbox. */
  smtpUrl: string | null;
  /** Sender of outgoing mail, e.g. `Concerto <no-reply@example.org>`. */
  mailFrom: string;
  /** The portal's address as people reach it, for links in e-mails. */
  publicUrl: string;
  mailMaxAttempts: number;
  /** Delay before the first retry; each further retry waits twice as long (at most an hour). */
  mailRetrySeconds: number;
  mailPollMilliseconds: number;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(name, `must be one of ${values.join(', ')}, got "${raw}"`);
  return raw as T;
}

function isUrl(raw: string, protocols: string[]): boolean {
  try {
    const url = new URL(raw);
    return protocols.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = env['DATABASE_URL'] || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// URL');
  }
  const jwtSecret = env['JWT_SECRET'] || null;
  if (jwtSecret !== null && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  if (databaseUrl && !jwtSecret) {
    throw new ConfigError('JWT_SECRET', 'is required with DATABASE_URL (every API replica must share it)');
  }
  const defaultWeb = path.resolve(cwd, 'dist/web/browser');
  const port = int(env, 'PORT', 3000, 0, 65535);
  const smtpUrl = env['SMTP_URL'] || null;
  if (smtpUrl !== null && !isUrl(smtpUrl, ['smtp:', 'smtps:'])) throw new ConfigError('SMTP_URL', 'must be an smtp:// or smtps:// URL');
  const mailFrom = env['MAIL_FROM'] || 'Concerto <no-reply@concerto.invalid>';
  if (!/^([^<>\r\n]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(mailFrom)) throw new ConfigError('MAIL_FROM', `must be an e-mail address, optionally as "Name <address>", got "${mailFrom}"`);
  const publicUrl = (env['PUBLIC_URL'] || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!isUrl(publicUrl, ['http:', 'https:'])) throw new ConfigError('PUBLIC_URL', 'must be an http:// or https:// URL');
  return {
    port,
    host: env['HOST'] || '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(cwd, env['DATA_DIR'] || 'data'),
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 5433, 1024, 65535),
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    demoData: bool(env, 'DEMO_DATA', !databaseUrl),
    webDist: env['WEB_DIST'] === '' ? null : path.resolve(cwd, env['WEB_DIST'] || defaultWeb),
    logLevel: oneOf(env, 'LOG_LEVEL', ['silent', 'error', 'info'] as const, 'info'),
    loginMaxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginMaxFailuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 100, 1, 100000),
    loginWindowMinutes: int(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 1440),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    smtpUrl,
    mailFrom,
    publicUrl,
    mailMaxAttempts: int(env, 'MAIL_MAX_ATTEMPTS', 8, 1, 100),
    mailRetrySeconds: int(env, 'MAIL_RETRY_SECONDS', 30, 0, 3600),
    mailPollMilliseconds: int(env, 'MAIL_POLL_MILLISECONDS', 5000, 50, 600000),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
