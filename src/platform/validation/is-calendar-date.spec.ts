import { describe, expect, it } from '@jest/globals';
import { isCalendarDate } from './is-calendar-date.js';

describe('isCalendarDate', () => {
  it.each([
    ['2026-11-22', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['0000-01-01', false],
    ['1899-12-31', false],
    ['1900-01-01', true],
    ['2999-12-31', true],
    ['2026-11-22T10:00:00Z', false],
    ['22/11/2026', false],
    [20261122, false],
    [null, false],
  ])('%j -> %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
