import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../context/clock.js';
import { DomainError } from '../errors/domain-error.js';
import {
  locksAfterFailure,
  loginThrottlePolicy,
  retryAfterSeconds,
  throttledMessage,
  withinLimits,
  type AttemptCounts,
  type Lock,
  type LoginThrottlePolicy,
} from './login-throttle-policy.js';
import { openLoginThrottleStore, type LoginThrottleStore } from './login-throttle-store.js';

/** An admitted login attempt, to be settled once its password has been checked. */
export interface LoginAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

const STORE_PLACES: Record<LoginThrottleStore['kind'], string> = {
  redis: 'Redis, shared by every instance',
  postgres: 'PostgreSQL, shared by every instance',
  memory: 'this process only',
};

/** How long to say to wait when an attempt is refused only because others are still being checked. */
const BUSY_RETRY_MS = 1000;

/**
 * Login throttling, checked before a password is: growing delays for an account from one address, a temporary
 * lock of an account and a temporary block of an address after repeated failures (see {@link LoginThrottlePolicy}).
 * A refused attempt costs no password check and counts for nothing; a successful one clears its account's counts.
 * Accounts are keyed (and logged) by a hash of the lower-cased username, so neither the store nor the log holds
 * usernames, and unknown usernames are counted like known ones.
 */
@Injectable()
export class LoginThrottle implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly policy: LoginThrottlePolicy;
  private store: LoginThrottleStore;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.policy = loginThrottlePolicy(config);
  }

  async onModuleInit(): Promise<void> {
    this.store = await openLoginThrottleStore(this.config, this.dataSource, this.policy.windowSeconds, this.logger);
    this.logger.log(`Login failures are counted in ${STORE_PLACES[this.store.kind]}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.store?.close();
  }

  /**
   * Admits an attempt to log in as `username` from `address` (see client-address.ts), or refuses it with
   * TOO_MANY_REQUESTS saying when to try again.
   */
  async admit(username: string, address: string): Promise<LoginAttempt> {
    const account = accountTag(username);
    const keys: ThrottleKeys = { accountAtAddress: `${account}@${address}`, account, address };
    const { failures, gates } = this.store;
    const [delay, lock, block, ...counted] = await Promise.all([
      gates.get(`delay:${keys.accountAtAddress}`),
      gates.get(`account:${keys.account}`),
      gates.get(`address:${keys.address}`),
      failures.penalty(`account-address:${keys.accountAtAddress}`),
      failures.penalty(`account:${keys.account}`),
      failures.penalty(`address:${keys.address}`),
    ]);
    const counts: AttemptCounts = {
      accountAtAddress: counted[0].consumedPoints,
      account: counted[1].consumedPoints,
      address: counted[2].consumedPoints,
    };
    const waitMs = Math.max(0, ...[delay, lock, block].map(closedFor));
    if (waitMs > 0 || !withinLimits(counts, this.policy)) {
      await this.takeBack(keys);
      const seconds = retryAfterSeconds(waitMs || BUSY_RETRY_MS);
      throw DomainError.tooManyRequests(throttledMessage(seconds, this.clock.now(), this.config.TIME_ZONE), seconds);
    }
    return {
      failed: () => this.failed(keys, counts),
      succeeded: () => this.succeeded(keys),
    };
  }

  private async failed(keys: ThrottleKeys, counts: AttemptCounts): Promise<void> {
    const locks = locksAfterFailure(counts, this.policy);
    await Promise.all(locks.map((lock) => this.close(lock, keys, counts)));
  }

  /** Closes a gate; an account's or an address's count starts again once its lock is over. */
  private async close(lock: Lock, keys: ThrottleKeys, counts: AttemptCounts): Promise<void> {
    const { failures, gates } = this.store;
    const who = `account ${keys.account} from ${keys.address}`;
    const within = `within ${this.policy.windowSeconds} s`;
    switch (lock.kind) {
      case 'delay':
        await gates.block(`delay:${keys.accountAtAddress}`, lock.seconds);
        this.logger.warn(`Login delayed: ${who} after ${counts.accountAtAddress} failures in a row; next attempt in ${lock.seconds} s`);
        break;
      case 'account': {
        const key = `account:${keys.account}`;
        await Promise.all([gates.block(key, lock.seconds), failures.delete(key)]);
        this.logger.warn(`Account locked: ${who} after ${counts.account} failures ${within}; locked for ${lock.seconds} s`);
        break;
      }
      case 'address': {
        const key = `address:${keys.address}`;
        await Promise.all([gates.block(key, lock.seconds), failures.delete(key)]);
        this.logger.warn(
          `Address blocked: ${keys.address} after ${counts.address} failed logins ${within} ` +
            `(the last for account ${keys.account}); blocked for ${lock.seconds} s`,
        );
        break;
      }
    }
  }

  /** A success clears its account's counts; its address keeps its other failures, less this attempt. */
  private async succeeded(keys: ThrottleKeys): Promise<void> {
    const { failures, gates } = this.store;
    await Promise.all([
      failures.delete(`account-address:${keys.accountAtAddress}`),
      failures.delete(`account:${keys.account}`),
      gates.delete(`delay:${keys.accountAtAddress}`),
      failures.reward(`address:${keys.address}`),
    ]);
  }

  private async takeBack(keys: ThrottleKeys): Promise<void> {
    const { failures } = this.store;
    await Promise.all([
      failures.reward(`account-address:${keys.accountAtAddress}`),
      failures.reward(`account:${keys.account}`),
      failures.reward(`address:${keys.address}`),
    ]);
  }
}

interface ThrottleKeys {
  accountAtAddress: string;
  account: string;
  address: string;
}

/** The hash an account is known by in the store and the log: `printf %s <username> | sha256sum | cut -c1-16`. */
export function accountTag(username: string): string {
  return createHash('sha256').update(username.toLowerCase()).digest('hex').slice(0, 16);
}

/** How much longer a gate stays closed (0 when open). */
function closedFor(gate: RateLimiterRes | null): number {
  return gate && gate.consumedPoints > 0 ? Math.max(0, gate.msBeforeNext) : 0;
}
