import { createHash } from 'node:crypto';

import { DEFAULT_PROOF_MAX_BYTES } from '@relais/domain';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1';

/** A browser's Origin header never has a path or a trailing slash: http://host:port of a URL. */
function originOf(url: string): string {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? url : origin;
  } catch {
    return url;
  }
}

/**
 * The whole configuration of the API, read once from the environment at boot.
 * Nothing else in the API reads process.env: everything takes this class.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  API_PORT = 3000;

  @IsString()
  API_HOST = '0.0.0.0';

  /**
   * Which proxies in front of the API to believe about the client's address (Express's
   * `trust proxy`): rate limits key on that address. `loopback` fits the Vite and nginx
   * proxies of a single host; list a load balancer's addresses or a hop count behind one.
   */
  @IsString()
  TRUST_PROXY = 'loopback';

  /** Empty means: start the embedded PostgreSQL server. */
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_PG_PORT = 5433;

  @Transform(toBool)
  @IsBoolean()
  RUN_MIGRATIONS = true;

  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO_DATA = false;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET = 'relais-development-secret-do-not-use-in-production';

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 86400;

  /**
   * A refresh token presented again this soon after its use, while the token it was exchanged for
   * was never used, is taken as a lost answer (a page reloaded mid-request), not as a theft.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  REFRESH_REUSE_GRACE_SECONDS = 10;

  @Transform(toInt)
  @IsInt()
  @Min(300)
  INVITATION_TTL_SECONDS = 7 * 86400;

  @Transform(toInt)
  @IsInt()
  @Min(300)
  PASSWORD_RESET_TTL_SECONDS = 3600;

  /** Failed sign-ins allowed per account, and per client address, in LOGIN_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  /**
   * Failed passwords within LOGIN_WINDOW_SECONDS that lock an account (LOGIN_MAX_ATTEMPTS_PER_ACCOUNT)
   * keep it locked this long from the last of them, whatever the window has left.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LOCKOUT_SECONDS = 900;

  /**
   * Limits of one GraphQL document, checked before it runs. The apps' own operations reach
   * depth 5, cost 263 and no alias (query-limits.int-spec.ts measures them): the defaults leave
   * room for integration clients and new screens while a hostile document is refused unread.
   */
  @Transform(toInt)
  @IsInt()
  @Min(3)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  /** GraphQL Armor's cost: 2 per object field, 1 per scalar, times 1.5 per level of depth. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_COST = 2000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  GRAPHQL_MAX_ALIASES = 15;

  /** Operations in one batched HTTP request (a JSON array); the apps send one at a time. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  GRAPHQL_MAX_BATCH = 1;

  /**
   * Origins allowed to call the API from a browser (comma-separated). Unset: the portal and the
   * back-office (PORTAL_URL, BACK_OFFICE_URL), nothing else.
   */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string = undefined;

  @IsUrl({ require_tld: false })
  PORTAL_URL = 'http://localhost:4200';

  @IsUrl({ require_tld: false })
  BACK_OFFICE_URL = 'http://localhost:4300';

  @IsString()
  SMTP_HOST = 'localhost';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT = 1025;

  @Transform(toBool)
  @IsBoolean()
  SMTP_SECURE = false;

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  @IsString()
  MAIL_FROM = 'Relais <no-reply@relais.local>';

  /** How often the outbox is polled for e-mails to send. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 2000;

  /** How often recorded activity events are added to the metrics. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  ACTIVITY_POLL_MS = 3000;

  /** How often every partner's tier is measured again (the 12-month window rolls without events). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  TIER_REFRESH_MS = 86_400_000;

  /** Measure every partner's tier once at boot (off in tests that decide when tiers move). */
  @Transform(toBool)
  @IsBoolean()
  TIER_REFRESH_ON_BOOT = true;

  /** How often challenges are moved by time (live at the start, ended, then settled on the next run). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  CHALLENGES_POLL_MS = 30_000;

  /** How often the weekly recap job looks for users whose last week's recap is not sent yet. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  WEEKLY_RECAP_POLL_MS = 3_600_000;

  /** Days after the sale during which a declaration is on time; older sales are flagged, not refused. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  DECLARATION_WINDOW_DAYS = 90;

  /** Unflagged declarations totalling at most this amount are approved at submission; 0 turns it off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DECLARATION_AUTO_APPROVE_MAX_AMOUNT = 0;

  /** Share (percent) of auto-approvable declarations held for manual review anyway. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  DECLARATION_REVIEW_SAMPLE_PERCENT = 10;

  /** Largest proof file (PDF, JPEG, PNG) a partner may upload, in bytes; proofs are kept in PostgreSQL. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  PROOF_MAX_BYTES = DEFAULT_PROOF_MAX_BYTES;

  /** Proofs uploaded but attached to no declaration are deleted after this many hours. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PROOF_ORPHAN_TTL_HOURS = 48;

  /** Largest image or file a brand admin may attach to an article, in bytes; kept in PostgreSQL. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

  /**
   * Signs the URLs of article files (HMAC over file, user and expiry): an <img> cannot send the
   * bearer token, so each reader gets URLs of their own that the file endpoint checks. Unset: a key
   * derived from JWT_SECRET (which production already requires to be its own).
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'FILE_URL_SECRET must be at least 32 characters long' })
  FILE_URL_SECRET?: string = undefined;

  /** How long a signed file URL stays valid. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  FILE_URL_TTL_SECONDS = 3600;

  /** Requests one API key may make per API_KEY_RATE_WINDOW_SECONDS, counted in PostgreSQL across processes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  API_KEY_RATE_LIMIT = 120;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  API_KEY_RATE_WINDOW_SECONDS = 60;

  /** How often due webhook deliveries are looked for. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  WEBHOOK_POLL_MS = 2000;

  /** A receiver that has not answered in this time counts as a failed attempt. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** Attempts before a delivery is marked FAILED (it can still be replayed). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  WEBHOOK_MAX_ATTEMPTS = 8;

  /** Wait before the first retry; each next one waits twice as long (capped at an hour). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS = 30_000;

  /**
   * Lets webhooks use http:// and reach loopback and private addresses (a receiver on the same
   * machine or network). Unset: allowed outside production only, so a brand admin cannot point
   * the API at internal services (SSRF).
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_ALLOW_LOCAL?: boolean = undefined;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** The browser origins CORS lets in: CORS_ORIGINS, else the two apps' own. */
  get corsOrigins(): string[] {
    const listed = (this.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
    return listed.length ? listed : [this.PORTAL_URL, this.BACK_OFFICE_URL].map(originOf);
  }

  get webhooksAllowLocal(): boolean {
    return this.WEBHOOK_ALLOW_LOCAL ?? !this.isProduction;
  }

  /** The key of signed file URLs (see FILE_URL_SECRET). */
  get fileUrlSecret(): string {
    return this.FILE_URL_SECRET ?? createHash('sha256').update(`file-urls:${this.JWT_SECRET}`).digest('base64url');
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

export class ConfigError extends Error {}

/** Names each bad variable with the text it was given (not its converted value, e.g. NaN). */
function describe(errors: ValidationError[], given: Record<string, unknown>): string {
  return errors
    .map((e) => `  ${e.property}=${JSON.stringify(given[e.property] ?? e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`)
    .join('\n');
}

/** Reads and validates the configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => value !== undefined && (known.includes(key) || key === 'DATABASE_URL')),
  );
  const config = plainToInstance(AppConfig, relevant, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (config.isProduction && config.JWT_SECRET === new AppConfig().JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: a secret of your own is required in production');
  }
  // A long secret can still be guessable ('x' × 40, a phrase): ask for some variety. A random
  // secret (openssl rand -base64 48, what the README and compose file say) has 30 or more.
  if (config.isProduction && new Set(config.JWT_SECRET).size < 16) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: too predictable for production (use a random string, e.g. openssl rand -base64 48)');
  }
  if (errors.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${describe(errors, relevant)}`);
  }
  return config;
}
