import { createPrivateKey } from 'crypto';
import * as path from 'path';

/** The whole configuration of the API, read once at start from environment variables. */
export interface AppConfig {
  port: number;
  host: string;
  /** External PostgreSQL, as the API's (least-privileged) role; when absent the API starts an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | null;
  /** The schema owner's connection, for migrations and the startup lock; `databaseUrl` when absent. */
  migrationDatabaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  /** When absent, generated once and kept in `dataDir` (embedded mode only). */
  jwtSecret: string | null;
  /** Ed25519 private key (PKCS#8 PEM) signing audit checkpoints; when absent, generated once and kept in `dataDir` (embedded mode only). */
  auditSigningKey: string | null;
  /** Minutes between signed audit checkpoints; 0 turns the periodic checkpoint off. */
  auditCheckpointMinutes: number;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  refreshTokenCleanupMinutes: number;
  /** Seconds a just-rotated refresh token still gets its successor (tabs refreshing at once). */
  refreshGraceSeconds: number;
  /** The refresh-token cookie's Secure flag; on by default (browsers accept it on http://localhost). */
  cookieSecure: boolean;
  demoData: boolean;
  webDist: string | null;
  logLevel: 'silent' | 'error' | 'info';
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
  /** One log line per request; null: only when stdout is not a terminal. */
  logRequests: boolean | null;
  /**
   * Express `trust proxy`: false (the socket's address is the caller's), a number of proxy hops
   * (compose: 1, nginx), or a list of trusted addresses/subnets. Never `true`: that would believe
   * any X-Forwarded-For a client writes.
   */
  trustProxy: false | number | string[];
  /** Problems worth a warning at start that do not stop it (e.g. TRUST_PROXY=true read as 1 hop). */
  warnings: string[];
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

/** AUDIT_SIGNING_KEY: a PKCS#8 PEM Ed25519 private key; `\n` may be written literally. */
function signingKey(env: Env): string | null {
  const raw = env['AUDIT_SIGNING_KEY'];
  if (raw === undefined || raw === '') return null;
  const pem = raw.replace(/\\n/g, '\n');
  let type: string | undefined;
  try {
    type = createPrivateKey(pem).asymmetricKeyType;
  } catch {
    throw new ConfigError('AUDIT_SIGNING_KEY', 'must be a private key in PEM (openssl genpkey -algorithm ed25519)');
  }
  if (type !== 'ed25519') throw new ConfigError('AUDIT_SIGNING_KEY', `must be an Ed25519 key, got ${type}`);
  return pem;
}

const SUBNET = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(\/\d{1,3})?$/i;
const NAMED_SUBNETS = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxy(env: Env, warnings: string[]): AppConfig['trustProxy'] {
  const raw = env['TRUST_PROXY']?.trim();
  if (raw === undefined || raw === '' || ['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  if (['true', 'yes'].includes(raw.toLowerCase())) {
    warnings.push('TRUST_PROXY=true is read as 1 (one proxy hop); set the number of proxies in front of the API, or their addresses');
    return 1;
  }
  if (/^\d+$/.test(raw)) return int(env, 'TRUST_PROXY', 0, 0, 10) || false;
  const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = list.find((s) => !SUBNET.test(s) && !NAMED_SUBNETS.includes(s));
  if (wrong !== undefined || !list.length) {
    throw new ConfigError('TRUST_PROXY', `must be a number of proxy hops or a list of addresses/subnets (10.0.0.0/8, loopback…), got "${wrong ?? raw}"`);
  }
  return list;
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
  const warnings: string[] = [];
  const databaseUrl = env['DATABASE_URL'] || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// URL');
  }
  const migrationDatabaseUrl = env['MIGRATION_DATABASE_URL'] || null;
  if (migrationDatabaseUrl && !databaseUrl) throw new ConfigError('MIGRATION_DATABASE_URL', 'needs DATABASE_URL (the embedded database creates its own roles)');
  if (migrationDatabaseUrl && !/^postgres(ql)?:\/\//.test(migrationDatabaseUrl)) {
    throw new ConfigError('MIGRATION_DATABASE_URL', 'must be a postgres:// or postgresql:// URL');
  }
  const jwtSecret = env['JWT_SECRET'] || null;
  if (jwtSecret !== null && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  if (databaseUrl && !jwtSecret) {
    throw new ConfigError('JWT_SECRET', 'is required with DATABASE_URL (every API replica must share it)');
  }
  const auditSigningKey = signingKey(env);
  if (databaseUrl && !auditSigningKey) {
    throw new ConfigError('AUDIT_SIGNING_KEY', 'is required with DATABASE_URL (an Ed25519 private key in PEM, kept outside the database)');
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
    // The embedded database is a single-machine install: serving beyond it is a decision (HOST).
    host: env['HOST'] || (databaseUrl ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl,
    migrationDatabaseUrl,
    dataDir: path.resolve(cwd, env['DATA_DIR'] || 'data'),
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 5433, 1024, 65535),
    jwtSecret,
    auditSigningKey,
    auditCheckpointMinutes: int(env, 'AUDIT_CHECKPOINT_MINUTES', 5, 0, 1440),
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    refreshTokenCleanupMinutes: int(env, 'REFRESH_TOKEN_CLEANUP_MINUTES', 60, 0, 10080),
    refreshGraceSeconds: int(env, 'REFRESH_GRACE_SECONDS', 10, 0, 120),
    cookieSecure: bool(env, 'COOKIE_SECURE', true),
    demoData: bool(env, 'DEMO_DATA', !databaseUrl),
    webDist: env['WEB_DIST'] === '' ? null : path.resolve(cwd, env['WEB_DIST'] || defaultWeb),
    logLevel: oneOf(env, 'LOG_LEVEL', ['silent', 'error', 'info'] as const, 'info'),
    loginMaxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginMaxFailuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 100, 1, 100000),
    loginWindowMinutes: int(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 1440),
    logRequests: env['LOG_REQUESTS'] ? bool(env, 'LOG_REQUESTS', false) : null,
    trustProxy: trustProxy(env, warnings),
    warnings,
    smtpUrl,
    mailFrom,
    publicUrl,
    mailMaxAttempts: int(env, 'MAIL_MAX_ATTEMPTS', 8, 1, 100),
    mailRetrySeconds: int(env, 'MAIL_RETRY_SECONDS', 30, 0, 3600),
    mailPollMilliseconds: int(env, 'MAIL_POLL_MILLISECONDS', 5000, 50, 600000),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
