import type { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { redisOptionsFromUrl } from '../jobs/bull-job-queue.js';

/** The table the PostgreSQL store keeps its counters and gates in (migration LoginThrottle). */
export const LOGIN_THROTTLE_TABLE = 'login_throttle';

/** How often the PostgreSQL store's expired rows are deleted. */
const CLEAN_INTERVAL_MS = 5 * 60_000;

/** How long a Redis command may take before the attempt is counted in this process instead. */
const REDIS_COMMAND_TIMEOUT_MS = 1000;

/**
 * Where login throttling keeps its records, shared by every instance of Brygga that uses the same store:
 * - `failures`: counters (`penalty`, `reward`, `delete`), each expiring a window after it was started;
 * - `gates`: closed for a given time (`block`), read with `get`.
 */
export interface LoginThrottleStore {
  readonly kind: 'redis' | 'postgres' | 'memory';
  readonly failures: RateLimiterAbstract;
  readonly gates: RateLimiterAbstract;
  close(): Promise<void>;
}

interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

/**
 * Redis when REDIS_URL is set (keys under QUEUE_PREFIX), else the PostgreSQL server when DATABASE_URL is set (the
 * table of the LoginThrottle migration, through the app's connection pool), else this process's memory: the
 * embedded PGlite serves one process.
 */
export async function openLoginThrottleStore(
  config: AppConfig,
  dataSource: DataSource,
  windowSeconds: number,
  logger: Logger,
): Promise<LoginThrottleStore> {
  const failures: LimiterOptions = { keyPrefix: `${config.QUEUE_PREFIX}:login-failures`, points: 1, duration: windowSeconds };
  const gates: LimiterOptions = { keyPrefix: `${config.QUEUE_PREFIX}:login-gate`, points: 0, duration: 1 };
  if (config.REDIS_URL) return openRedisStore(config.REDIS_URL, failures, gates, logger);
  if (config.DATABASE_URL) {
    const postgres = (options: LimiterOptions) =>
      new RateLimiterPostgres({
        ...options,
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: LOGIN_THROTTLE_TABLE,
        tableCreated: true,
        clearExpiredByTimeout: false,
      });
    const cleaner = setInterval(() => {
      dataSource.query(`DELETE FROM "${LOGIN_THROTTLE_TABLE}" WHERE "expire" < $1`, [Date.now()]).catch((error: unknown) => {
        logger.warn(`Could not delete expired login throttling rows: ${error instanceof Error ? error.message : String(error)}`);
      });
    }, CLEAN_INTERVAL_MS).unref();
    return { kind: 'postgres', failures: postgres(failures), gates: postgres(gates), close: async () => clearInterval(cleaner) };
  }
  return { kind: 'memory', failures: new RateLimiterMemory(failures), gates: new RateLimiterMemory(gates), close: async () => {} };
}

/**
 * Redis with an in-memory stand-in per process: while Redis is unreachable (or slow) every operation fails at once
 * and falls to the stand-in (rate-limiter-flexible's `insuranceLimiter`), so logins go on being answered and
 * throttled, per process, rather than waiting for Redis or being refused. The outage is logged once, as a warning.
 */
async function openRedisStore(url: string, failures: LimiterOptions, gates: LimiterOptions, logger: Logger): Promise<LoginThrottleStore> {
  const client = new Redis({
    ...redisOptionsFromUrl(url),
    connectionName: 'brygga-login-throttle',
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
  });
  let reachable = true;
  client.on('error', (error: Error) => {
    if (!reachable) return;
    reachable = false;
    logger.warn(`Redis is unreachable (${error.message}): login failures are counted in each process on its own until it is back`);
  });
  client.on('ready', () => {
    if (reachable) return;
    reachable = true;
    logger.log('Redis is reachable again: login failures are counted across instances');
  });
  await new Promise<void>((resolve) => {
    const done = () => {
      client.off('ready', done).off('error', done);
      resolve();
    };
    client.once('ready', done).once('error', done);
  });
  const redis = (options: LimiterOptions) =>
    new RateLimiterRedis({ ...options, storeClient: client, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
  return { kind: 'redis', failures: redis(failures), gates: redis(gates), close: async () => client.disconnect() };
}
