import { plainToInstance, Transform } from 'class-transformer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Equals,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** TRUST_PROXY: nothing, false, a hop count, or proxy addresses, subnets and proxy-addr's named ranges. */
const PROXY = String.raw`(?:loopback|linklocal|uniquelocal|[0-9a-f.:]+(?:/\d{1,3})?)`;
const TRUST_PROXY_PATTERN = new RegExp(String.raw`^\s*(?:|false|\d{1,2}|${PROXY}(?:\s*,\s*${PROXY})*)\s*$`, 'i');

/**
 * Every setting Brygga reads from the environment, validated once at boot. The process refuses to start
 * with a message naming each bad variable rather than failing later on first use.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  HOST = '127.0.0.1';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** A PostgreSQL server; without it Brygga runs on the embedded PostgreSQL (PGlite) in EMBEDDED_DB_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  EMBEDDED_DB_DIR = '.data/pglite';

  /** Redis for BullMQ; without it jobs run in process through the same processors. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Prefix of BullMQ's Redis keys, so several installations (or test runs) can share one Redis. */
  @IsString()
  @Matches(/^[a-z0-9:_-]+$/i)
  QUEUE_PREFIX = 'brygga';

  /** How many times a failing background job is tried before it is kept as failed. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  JOB_ATTEMPTS = 5;

  /** First retry delay; each further retry waits twice as long (exponential backoff). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  JOB_BACKOFF_MS = 1000;

  /**
   * How often the outbox relay looks for events whose jobs have not run (Redis or the worker was down), and how
   * long after it was recorded an event counts as missed.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  OUTBOX_SWEEP_INTERVAL_MS = 30_000;

  /**
   * Whether this process runs the background jobs (the processors, their schedules and the outbox's sweep). Off on
   * API instances when workers (`npm run worker`) run them. Needs REDIS_URL to be off: without Redis the jobs run in
   * the API's own process or nowhere.
   */
  @Transform(toBool)
  @ValidateIf((c: AppConfig) => c.REDIS_URL === undefined)
  @Equals(true, { message: 'JOB_PROCESSORS can only be off with REDIS_URL set: without Redis, jobs run in this process' })
  @IsBoolean()
  JOB_PROCESSORS = true;

  /** HMAC secret for tokens issued by the local login. Required in production. */
  @Transform(emptyToUndefined)
  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86_400)
  JWT_TTL_SECONDS = 8 * 3600;

  /** Local password login; a municipality using only its own identity provider turns it off. */
  @Transform(toBool)
  @IsBoolean()
  LOCAL_LOGIN = true;

  /** OpenID Connect issuer whose access tokens Brygga accepts (with OIDC_JWKS_URI and OIDC_AUDIENCE). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'OIDC_ISSUER must be a URL' })
  OIDC_ISSUER?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((c: AppConfig) => c.OIDC_ISSUER !== undefined)
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'OIDC_JWKS_URI must be a URL when OIDC_ISSUER is set' })
  OIDC_JWKS_URI?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((c: AppConfig) => c.OIDC_ISSUER !== undefined)
  @IsString({ message: 'OIDC_AUDIENCE must be set when OIDC_ISSUER is set' })
  OIDC_AUDIENCE?: string;

  /** The token claim matched against a user's `externalSubject`. */
  @IsString()
  OIDC_SUBJECT_CLAIM = 'sub';

  /**
   * Which reverse proxies' X-Forwarded-For Brygga believes for a request's client address (login throttling counts
   * per address): empty (the default) believes none, the address is the TCP peer's; a number believes that many
   * proxies in front of Brygga; otherwise the proxies' addresses or subnets, comma separated (`10.0.0.0/8`,
   * `loopback`, `linklocal`, `uniquelocal`). Never "true": a client could then claim any address.
   */
  @Matches(TRUST_PROXY_PATTERN, {
    message: 'TRUST_PROXY must be empty, false, a number of proxies, or proxy addresses or subnets, comma separated (e.g. loopback, 10.0.0.0/8)',
  })
  TRUST_PROXY = '';

  /** How long a failed login counts towards the thresholds below, from the first failure of a run. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  LOGIN_FAILURE_WINDOW_SECONDS = 3600;

  /**
   * Failed logins of one account from one address before each further one makes the next attempt wait, 1 s, then
   * twice as long after each further failure, at most LOGIN_MAX_DELAY_SECONDS. A success clears the count.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  LOGIN_DELAY_AFTER_FAILURES = 3;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  LOGIN_MAX_DELAY_SECONDS = 900;

  /** Failed logins of one account, from any address, that lock it for LOGIN_ACCOUNT_LOCK_SECONDS (right password too). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ACCOUNT_LOCK_FAILURES = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  LOGIN_ACCOUNT_LOCK_SECONDS = 900;

  /** Failed logins from one address, for any accounts, that block it for LOGIN_ADDRESS_BLOCK_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ADDRESS_BLOCK_FAILURES = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  LOGIN_ADDRESS_BLOCK_SECONDS = 3600;

  /**
   * A browser session (signIn) ends after this many minutes without a request. Short, because the records are
   * social-services data and staff share rooms and computers.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  SESSION_IDLE_MINUTES = 30;

  /** Any browser session ends this many hours after signing in, however busy: a working day. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(168)
  SESSION_MAX_HOURS = 10;

  /**
   * The session cookie's `Secure` attribute: `auto` sets it unless the request came to localhost, 127.0.0.1 or ::1
   * over plain http (development); `true` always (behind a TLS proxy that passes Host on as localhost); `false` never.
   */
  @Transform(({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : String(value).toLowerCase()))
  @IsIn(['auto', 'true', 'false'])
  SESSION_COOKIE_SECURE: 'auto' | 'true' | 'false' = 'auto';

  /** Seed demo organisations, users and employers on an empty database. Defaults to on outside production. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  DEMO_SEED?: boolean;

  /** Run pending migrations at boot. */
  @Transform(toBool)
  @IsBoolean()
  MIGRATIONS_RUN = true;

  /** GraphQL introspection (GraphiQL's Docs need it). Defaults to off in production. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean;

  /** The deepest selection an operation may have, fragments included (a fragment cycle is refused, not followed). */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  /**
   * The most an operation may cost before it runs: every object field costs 2 and every scalar 1, times 1.5 for each
   * level of depth (graphql-armor's cost limit). Lists are capped at 100 rows a page, so this bounds the work.
   */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COST = 5_000;

  /** The most aliases in one operation (each alias can run a field again). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ALIASES = 30;

  /** The most directives in one operation. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_DIRECTIVES = 50;

  /** The most tokens in one operation's text, checked while parsing so a huge document costs little. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_TOKENS = 5_000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Folder with the JobTech taxonomy exports that the importer loads. */
  @IsString()
  TAXONOMY_DIR = 'taxonomy/jobtech';

  /** Time zone in which "today" is reckoned for follow-up dates. */
  @IsString()
  TIME_ZONE = 'Europe/Stockholm';

  /**
   * Recruitment meetings each municipality should have per quarter (docs/domain.md: "a couple per quarter arranged in
   * Svedala"), as `<JobTech municipality concept id>=<meetings>`, comma separated; unlisted municipalities have none.
   */
  @Matches(/^\s*$|^[A-Za-z0-9_]{3,20}=\d{1,3}(\s*,\s*[A-Za-z0-9_]{3,20}=\d{1,3})*$/, {
    message: 'MEETING_TARGETS_PER_QUARTER must be <municipality concept id>=<meetings>, comma separated (e.g. n6r4_fjK_kRr=2)',
  })
  MEETING_TARGETS_PER_QUARTER = 'n6r4_fjK_kRr=2';

  /** Where principals' export packages are written and kept until they expire (src/modules/export/). */
  @IsString()
  @MinLength(1)
  EXPORT_DIR = join(tmpdir(), 'brygga-exports');

  /** Days a principal's export package is kept for download before the expiry job deletes it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  EXPORT_TTL_DAYS = 7;

  /**
   * The bearer token Prometheus sends for `/metrics` (src/platform/metrics/); without it `/metrics` answers 404. A token
   * rather than a port of its own: one listener to secure, behind the same TLS proxy, and nothing is exposed by a
   * firewall rule forgotten.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'METRICS_TOKEN must be at least 32 characters' })
  METRICS_TOKEN?: string;

  /** GraphiQL at /graphiql, served from dist/web (built by `npm run build`). Defaults to off in production. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  GRAPHIQL?: boolean;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get demoSeed(): boolean {
    return this.DEMO_SEED ?? !this.isProduction;
  }

  get introspection(): boolean {
    return this.GRAPHQL_INTROSPECTION ?? !this.isProduction;
  }

  get graphiql(): boolean {
    return this.GRAPHIQL ?? !this.isProduction;
  }

  get oidcEnabled(): boolean {
    return this.OIDC_ISSUER !== undefined;
  }

  /** TRUST_PROXY as Express's `trust proxy` takes it: false (believe no proxy), a hop count, or the trusted proxies. */
  get trustProxy(): false | number | string {
    const value = this.TRUST_PROXY.trim();
    if (value === '' || value.toLowerCase() === 'false') return false;
    return /^\d+$/.test(value) ? Number(value) : value;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment; throws {@link ConfigError} naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const config = plainToInstance(AppConfig, { ...env }, { exposeDefaultValues: true });
  // whitelist drops every environment variable that is not a setting of ours
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`),
    );
  }
  return config;
}
