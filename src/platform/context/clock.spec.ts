import { describe, expect, it } from '@jest/globals';
import { addDays, Clock, toLocalDate } from './clock.js';

describe('toLocalDate', () => {
  it.each([
    ['2026-06-19T21:59:59Z', '2026-06-19'],
    ['2026-06-19T22:00:00Z', '2026-06-20'], // midnight in Stockholm, summer time (UTC+2)
    ['2026-12-31T23:00:00Z', '2027-01-01'], // winter time (UTC+1)
  ])('%s is %s in Stockholm', (instant, date) => {
    expect(toLocalDate(new Date(instant), 'Europe/Stockholm')).toBe(date);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-29', 1, '2026-03-30'], // across the DST change
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('Clock', () => {
  it('can be set for simulations', () => {
    const clock = new Clock('Europe/Stockholm');
    clock.setNow(new Date('2030-01-15T10:00:00Z'));
    expect(clock.today()).toBe('2030-01-15');
  });
});
