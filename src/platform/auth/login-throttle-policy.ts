import type { AppConfig } from '../config/app-config.js';
import { addDays, toLocalDate } from '../context/clock.js';

/** The thresholds and durations (in seconds) of login throttling, from the LOGIN_* settings. */
export interface LoginThrottlePolicy {
  /** How long a failure counts towards the thresholds, from the first failure of a run. */
  windowSeconds: number;
  /** Failures of one account from one address that cost nothing; each further one delays the next attempt. */
  delayAfterFailures: number;
  /** The longest such delay; below it each further failure doubles the delay (1 s, 2 s, 4 s ...). */
  maxDelaySeconds: number;
  /** Failures of one account, from any address, that lock the account. */
  accountLockFailures: number;
  accountLockSeconds: number;
  /** Failures from one address, for any accounts, that block the address. */
  addressBlockFailures: number;
  addressBlockSeconds: number;
}

export function loginThrottlePolicy(config: AppConfig): LoginThrottlePolicy {
  return {
    windowSeconds: config.LOGIN_FAILURE_WINDOW_SECONDS,
    delayAfterFailures: config.LOGIN_DELAY_AFTER_FAILURES,
    maxDelaySeconds: config.LOGIN_MAX_DELAY_SECONDS,
    accountLockFailures: config.LOGIN_ACCOUNT_LOCK_FAILURES,
    accountLockSeconds: config.LOGIN_ACCOUNT_LOCK_SECONDS,
    addressBlockFailures: config.LOGIN_ADDRESS_BLOCK_FAILURES,
    addressBlockSeconds: config.LOGIN_ADDRESS_BLOCK_SECONDS,
  };
}

/**
 * An attempt's place in the failure counts of its account from its address, of its account and of its address
 * (the attempt itself included). Attempts count from the moment they are admitted, before their password is
 * checked, and are taken back when they succeed or are refused.
 */
export interface AttemptCounts {
  accountAtAddress: number;
  account: number;
  address: number;
}

export type LockKind = 'delay' | 'account' | 'address';

export interface Lock {
  kind: LockKind;
  seconds: number;
}

/**
 * How long the next attempt of an account from an address waits after the `failures`-th failure in a row: nothing
 * up to `delayAfterFailures`, then 1 s, doubling with each further failure, at most `maxDelaySeconds`.
 */
export function delaySeconds(failures: number, policy: LoginThrottlePolicy): number {
  const beyond = failures - policy.delayAfterFailures;
  if (beyond <= 0) return 0;
  return Math.min(2 ** Math.min(beyond - 1, 30), policy.maxDelaySeconds);
}

/**
 * Whether an admitted attempt may have its password checked. Attempts still being checked are counted, so a burst
 * of parallel attempts gets no more password checks than the account's and the address's thresholds allow.
 */
export function withinLimits(counts: AttemptCounts, policy: LoginThrottlePolicy): boolean {
  return counts.account <= policy.accountLockFailures && counts.address <= policy.addressBlockFailures;
}

/** The locks a failed attempt sets: a delay for its account from its address, a locked account, a blocked address. */
export function locksAfterFailure(counts: AttemptCounts, policy: LoginThrottlePolicy): Lock[] {
  const locks: Lock[] = [];
  const delay = delaySeconds(counts.accountAtAddress, policy);
  if (delay > 0) locks.push({ kind: 'delay', seconds: delay });
  if (counts.account >= policy.accountLockFailures) locks.push({ kind: 'account', seconds: policy.accountLockSeconds });
  if (counts.address >= policy.addressBlockFailures) locks.push({ kind: 'address', seconds: policy.addressBlockSeconds });
  return locks;
}

/** Whole seconds to wait, never less than one: what `Retry-After` and `retryAfterSeconds` say. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

function clockTime(instant: Date, timeZone: string): string {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', { timeZone, hour: '2-digit', minute: '2-digit' });
    clockFormats.set(timeZone, format);
  }
  return format.format(instant);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A wait in Swedish: seconds under a minute, else minutes (rounded up), with hours from an hour. */
export function swedishDuration(seconds: number): string {
  if (seconds < 60) return plural(seconds, 'sekund', 'sekunder');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return plural(minutes, 'minut', 'minuter');
  const hours = plural(Math.floor(minutes / 60), 'timme', 'timmar');
  return minutes % 60 === 0 ? hours : `${hours} och ${plural(minutes % 60, 'minut', 'minuter')}`;
}

/**
 * The answer to a throttled login, in Swedish like the users' other texts: how long to wait and, for a wait of a
 * minute or more, the time of day (rounded up to the minute, in the administration's time zone) from which to try.
 */
export function throttledMessage(seconds: number, now: Date, timeZone: string): string {
  const lead = 'För många misslyckade inloggningar.';
  if (seconds < 60) return `${lead} Försök igen om ${swedishDuration(seconds)}.`;
  const at = new Date(Math.ceil((now.getTime() + seconds * 1000) / 60_000) * 60_000);
  const today = toLocalDate(now, timeZone);
  const day = toLocalDate(at, timeZone);
  const when = day === today ? '' : day === addDays(today, 1) ? 'i morgon ' : `den ${day} `;
  return `${lead} Försök igen om ${swedishDuration(seconds)} (${when}kl. ${clockTime(at, timeZone)}).`;
}
