import { describe, expect, it } from '@jest/globals';
import {
  delaySeconds,
  locksAfterFailure,
  retryAfterSeconds,
  swedishDuration,
  throttledMessage,
  withinLimits,
  type LoginThrottlePolicy,
} from './login-throttle-policy.js';

const policy: LoginThrottlePolicy = {
  windowSeconds: 3600,
  delayAfterFailures: 3,
  maxDelaySeconds: 900,
  accountLockFailures: 10,
  accountLockSeconds: 900,
  addressBlockFailures: 100,
  addressBlockSeconds: 3600,
};

describe('delaySeconds', () => {
  it('costs nothing for the first failures, then doubles from one second', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => delaySeconds(n, policy))).toEqual([0, 0, 0, 1, 2, 4, 8, 16]);
  });

  it('stops growing at the longest delay, however many failures', () => {
    expect(delaySeconds(13, policy)).toBe(512);
    expect(delaySeconds(14, policy)).toBe(900);
    expect(delaySeconds(10_000, policy)).toBe(900);
  });

  it('delays from the first failure when none is free', () => {
    expect(delaySeconds(1, { ...policy, delayAfterFailures: 0 })).toBe(1);
  });
});

describe('locksAfterFailure', () => {
  const counts = { accountAtAddress: 1, account: 1, address: 1 };

  it('sets nothing while the counts are low', () => {
    expect(locksAfterFailure(counts, policy)).toEqual([]);
  });

  it('delays the account at the address, locks the account and blocks the address at their thresholds', () => {
    expect(locksAfterFailure({ accountAtAddress: 10, account: 10, address: 100 }, policy)).toEqual([
      { kind: 'delay', seconds: 64 },
      { kind: 'account', seconds: 900 },
      { kind: 'address', seconds: 3600 },
    ]);
  });

  it('locks an account on failures from many addresses, each without a delay', () => {
    expect(locksAfterFailure({ ...counts, account: 10 }, policy)).toEqual([{ kind: 'account', seconds: 900 }]);
  });
});

describe('withinLimits', () => {
  it('admits up to the thresholds, attempts still being checked included', () => {
    expect(withinLimits({ accountAtAddress: 50, account: 10, address: 100 }, policy)).toBe(true);
    expect(withinLimits({ accountAtAddress: 1, account: 11, address: 1 }, policy)).toBe(false);
    expect(withinLimits({ accountAtAddress: 1, account: 1, address: 101 }, policy)).toBe(false);
  });
});

describe('retryAfterSeconds', () => {
  it.each([
    [1, 1],
    [999, 1],
    [1000, 1],
    [1001, 2],
    [899_400, 900],
  ])('%i ms is %i s', (ms, seconds) => {
    expect(retryAfterSeconds(ms)).toBe(seconds);
  });
});

describe('swedishDuration', () => {
  it.each([
    [1, '1 sekund'],
    [45, '45 sekunder'],
    [60, '1 minut'],
    [61, '2 minuter'],
    [900, '15 minuter'],
    [3600, '1 timme'],
    [5400, '1 timme och 30 minuter'],
    [7260, '2 timmar och 1 minut'],
  ])('%i s is "%s"', (seconds, text) => {
    expect(swedishDuration(seconds)).toBe(text);
  });
});

describe('throttledMessage', () => {
  const zone = 'Europe/Stockholm';

  it('says when to try again, in Stockholm time rounded up to the minute', () => {
    // 09:30:20 UTC is 10:30:20 in Stockholm (winter time); 15 minutes on, 10:45:20, so from 10:46
    expect(throttledMessage(900, new Date('2026-12-03T09:30:20Z'), zone)).toBe(
      'För många misslyckade inloggningar. Försök igen om 15 minuter (kl. 10:46).',
    );
    expect(throttledMessage(900, new Date('2026-06-03T08:30:00Z'), zone)).toBe(
      'För många misslyckade inloggningar. Försök igen om 15 minuter (kl. 10:45).',
    );
  });

  it('gives no time of day for a wait of seconds', () => {
    expect(throttledMessage(4, new Date('2026-12-03T09:30:20Z'), zone)).toBe('För många misslyckade inloggningar. Försök igen om 4 sekunder.');
  });

  it('names the day when the wait runs past midnight', () => {
    expect(throttledMessage(3600, new Date('2026-12-03T22:30:00Z'), zone)).toBe(
      'För många misslyckade inloggningar. Försök igen om 1 timme (i morgon kl. 00:30).',
    );
    expect(throttledMessage(86_400 * 2, new Date('2026-12-03T12:00:00Z'), zone)).toBe(
      'För många misslyckade inloggningar. Försök igen om 48 timmar (den 2026-12-05 kl. 13:00).',
    );
  });
});
